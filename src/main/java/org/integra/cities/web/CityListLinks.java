package org.integra.cities.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.IntStream;

import org.integra.cities.CityFilter;
import org.integra.cities.CitySort;

import org.springframework.data.domain.Sort;

/**
 * Builds the links of the city list (sorting, paging, map) so that each keeps the current
 * filters.
 */
public final class CityListLinks {

	private static final int PAGE_WINDOW = 2;

	private final CityFilter filter;

	private final int totalPages;

	CityListLinks(CityFilter filter, int totalPages) {
		this.filter = filter;
		this.totalPages = totalPages;
	}

	public String sortHref(String column) {
		CitySort sort = CitySort.fromParam(column).orElse(CitySort.NAME);
		Sort.Direction direction = (sort == this.filter.sort() && this.filter.direction() == Sort.Direction.ASC)
				? Sort.Direction.DESC : Sort.Direction.ASC;
		return "/cities?" + query(this.filter.withSort(sort, direction), true);
	}

	public String ariaSort(String column) {
		if (!this.filter.sort().param().equals(column)) {
			return "none";
		}
		return (this.filter.direction() == Sort.Direction.ASC) ? "ascending" : "descending";
	}

	public String pageHref(int page) {
		return "/cities?" + query(this.filter.withPage(page), true);
	}

	public String mapHref() {
		return "/cities/map?" + query(this.filter, false);
	}

	public String listHref() {
		return "/cities?" + query(this.filter.withPage(1), true);
	}

	/** The filters as a query string, for the map's data request. */
	public String filterQuery() {
		return query(this.filter, false);
	}

	/** Page numbers to link to: the first, the last and a window around the current. */
	public List<Integer> pages() {
		List<Integer> pages = new ArrayList<>();
		int current = this.filter.page();
		IntStream.rangeClosed(1, this.totalPages)
			.filter((p) -> p == 1 || p == this.totalPages || Math.abs(p - current) <= PAGE_WINDOW)
			.forEach(pages::add);
		return pages;
	}

	static String query(CityFilter filter, boolean withOrderAndPage) {
		StringJoiner query = new StringJoiner("&");
		add(query, "q", filter.q());
		add(query, "country", filter.country());
		add(query, "relation", filter.relation());
		add(query, "capital", filter.capitalOnly() ? "yes" : null);
		add(query, "seaport", filter.seaport());
		add(query, "populationMin", filter.populationMin());
		add(query, "populationMax", filter.populationMax());
		if (withOrderAndPage) {
			add(query, "sort", filter.sort().param());
			add(query, "direction", filter.direction().name().toLowerCase(Locale.ROOT));
			add(query, "size", filter.size());
			add(query, "page", filter.page());
		}
		return query.toString();
	}

	private static void add(StringJoiner query, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
