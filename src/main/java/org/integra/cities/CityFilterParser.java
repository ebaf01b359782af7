package org.integra.cities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;

/**
 * Reads the filter parameters of a request. A bad value never fails the request: it is
 * ignored or corrected, and a note says which parameter it was.
 */
public final class CityFilterParser {

	/** Page sizes the list page offers. */
	public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

	/** Largest page the API serves. */
	public static final int API_MAX_SIZE = 200;

	static final int MAX_QUERY_LENGTH = 200;

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

	private final boolean api;

	private CityFilterParser(boolean api) {
		this.api = api;
	}

	/** For pages: page size one of {@link #PAGE_SIZES}. */
	public static CityFilterParser forPages() {
		return new CityFilterParser(false);
	}

	/**
	 * For the API: any page size from 1 to {@link #API_MAX_SIZE}, the {@code page}
	 * parameter from 0.
	 */
	public static CityFilterParser forApi() {
		return new CityFilterParser(true);
	}

	public Result parse(Map<String, String> params) {
		List<FilterNote> notes = new ArrayList<>();
		Reader in = new Reader(params, notes);
		String q = in.text("q");
		if (q.length() > MAX_QUERY_LENGTH) {
			q = q.substring(0, MAX_QUERY_LENGTH);
			notes.add(new FilterNote("q", true));
		}
		String country = in.value("country", (v) -> COUNTRY.matcher(v).matches() ? v.toUpperCase(Locale.ROOT) : null);
		NetworkRelation relation = in.value("relation", (v) -> enumValue(NetworkRelation.class, v));
		Boolean capital = in.value("capital", CityFilterParser::capital);
		Seaport seaport = in.value("seaport", (v) -> enumValue(Seaport.class, v));
		Long min = in.value("populationMin", CityFilterParser::population);
		Long max = in.value("populationMax", CityFilterParser::population);
		if (min != null && max != null && min > max) {
			Long swap = min;
			min = max;
			max = swap;
			notes.add(new FilterNote("populationMax", true));
		}
		CitySort sort = in.corrected("sort", (v) -> CitySort.fromParam(v).orElse(null), CitySort.NAME);
		Sort.Direction direction = in.corrected("direction", CityFilterParser::direction, Sort.Direction.ASC);
		// the API counts pages from 0, the pages from 1; the filter from 1
		int page = this.api ? in.corrected("page", CityFilterParser::apiPage, 0) + 1
				: in.corrected("page", CityFilterParser::page, 1);
		int size = in.corrected("size", this::size, this.api ? CityFilter.DEFAULT_SIZE : CityFilter.DEFAULT_SIZE);
		CityFilter filter = new CityFilter(q, country, relation, Boolean.TRUE.equals(capital), seaport, min, max, sort,
				direction, page, size);
		return new Result(filter, List.copyOf(notes));
	}

	private Integer size(String value) {
		Integer size = integer(value);
		if (size == null) {
			return null;
		}
		if (this.api) {
			return (size >= 1 && size <= API_MAX_SIZE) ? size : null;
		}
		return PAGE_SIZES.contains(size) ? size : null;
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		return null;
	}

	private static Boolean capital(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "true" -> true;
			case "any", "false", "no" -> false;
			default -> null;
		};
	}

	private static Long population(String value) {
		try {
			long population = Long.parseLong(value.replace("_", "").replace(".", "").replace(",", ""));
			return (population >= 0) ? population : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Sort.Direction direction(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "asc" -> Sort.Direction.ASC;
			case "desc" -> Sort.Direction.DESC;
			default -> null;
		};
	}

	private static Integer page(String value) {
		Integer page = integer(value);
		return (page != null && page >= 1) ? page : null;
	}

	private static Integer apiPage(String value) {
		Integer page = integer(value);
		return (page != null && page >= 0 && page < Integer.MAX_VALUE) ? page : null;
	}

	private static Integer integer(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The checked filter and the notes about parameters that were ignored or corrected.
	 */
	public record Result(CityFilter filter, List<FilterNote> notes) {

		public boolean hasNotes() {
			return !this.notes.isEmpty();
		}

	}

	private record Reader(Map<String, String> params, List<FilterNote> notes) {

		String text(String name) {
			String value = this.params.get(name);
			return (value != null) ? value.strip() : "";
		}

		<T> T value(String name, Function<String, T> parser) {
			String value = text(name);
			if (value.isEmpty()) {
				return null;
			}
			T parsed = parser.apply(value);
			if (parsed == null) {
				this.notes.add(new FilterNote(name, false));
			}
			return parsed;
		}

		<T> T corrected(String name, Function<String, T> parser, T fallback) {
			String value = text(name);
			if (value.isEmpty()) {
				return fallback;
			}
			T parsed = parser.apply(value);
			if (parsed == null) {
				this.notes.add(new FilterNote(name, true));
				return fallback;
			}
			return parsed;
		}

	}

}
