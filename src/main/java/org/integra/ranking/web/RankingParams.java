package org.integra.ranking.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query parameters of the ranking page, its fragments, its map and its API: model,
 * weights {@code w<criterionId>}, page, page size, country, top N and weight spread. A
 * value that cannot be used is replaced by its default and reported as a message key, so
 * that a bad link never ends in an error page.
 */
final class RankingParams {

	static final int PAGE_SIZE = 50;

	/**
	 * Rows per page of the ranking page: each row draws a stacked bar and several links,
	 * and 25 keep the page under 200 ms with 50,000 cities and 8 clients on two cores.
	 */
	static final int PAGE_ROWS = 25;

	static final int MAX_PAGE_SIZE = 500;

	static final int MAX_TOP = 1000;

	static final double MAX_SPREAD = 50;

	static final double MAX_WEIGHT = 100;

	private static final Pattern WEIGHT = Pattern.compile("w(\\d{1,18})");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(?:[.,]\\d{1,9})?");

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

	/**
	 * A problem with one parameter.
	 *
	 * @param parameter the parameter's name as the user sees it
	 * @param messageKey what is wrong
	 */
	record Problem(String parameter, String messageKey) {
	}

	/**
	 * The parameters as understood.
	 *
	 * @param modelId the model asked for, empty for the default one
	 * @param weights relative weights per criterion id when any {@code w} parameter was
	 * given and all were usable, else empty (the model's own weights)
	 * @param page the page, from 1
	 * @param size rows per page
	 * @param country ISO code of a country to show only, or null for all
	 * @param top the top N
	 * @param spread the weight spread, ± percentage points
	 * @param problems what could not be used
	 */
	record Parsed(Optional<Long> modelId, Optional<Map<Long, Double>> weights, int page, int size, String country,
			int top, double spread, List<Problem> problems) {

		boolean hasProblems() {
			return !this.problems.isEmpty();
		}

	}

	private RankingParams() {
	}

	static Parsed parse(Map<String, String> params, int defaultTop, double defaultSpread) {
		List<Problem> problems = new ArrayList<>();
		Optional<Long> modelId = Optional.empty();
		String model = trimmed(params.get("model"));
		if (model != null) {
			modelId = id(model);
			if (modelId.isEmpty()) {
				problems.add(new Problem("model", "ranking.page.param.model"));
			}
		}
		Map<Long, Double> weights = new TreeMap<>();
		boolean badWeight = false;
		for (Map.Entry<String, String> entry : params.entrySet()) {
			Matcher matcher = WEIGHT.matcher(entry.getKey());
			if (!matcher.matches()) {
				continue;
			}
			Optional<Long> criterion = id(matcher.group(1));
			Optional<Double> weight = number(trimmed(entry.getValue()));
			if (criterion.isEmpty() || weight.isEmpty() || weight.get() > MAX_WEIGHT) {
				badWeight = true;
				continue;
			}
			weights.put(criterion.get(), weight.get());
		}
		if (badWeight) {
			problems.add(new Problem("w", "ranking.page.param.weight"));
		}
		int page = integer(params.get("page"), 1, 1, 1_000_000, "page", "ranking.page.param.page", problems);
		int size = integer(params.get("size"), PAGE_SIZE, 1, MAX_PAGE_SIZE, "size", "ranking.page.param.size",
				problems);
		String country = trimmed(params.get("country"));
		if (country != null) {
			if (COUNTRY.matcher(country).matches()) {
				country = country.toUpperCase(Locale.ROOT);
			}
			else {
				problems.add(new Problem("country", "ranking.page.param.country"));
				country = null;
			}
		}
		int top = integer(params.get("top"), defaultTop, 1, MAX_TOP, "top", "ranking.page.param.top", problems);
		double spread = defaultSpread;
		String spreadText = trimmed(params.get("spread"));
		if (spreadText != null) {
			Optional<Double> parsed = number(spreadText);
			if (parsed.isPresent() && parsed.get() <= MAX_SPREAD) {
				spread = parsed.get();
			}
			else {
				problems.add(new Problem("spread", "ranking.page.param.spread"));
			}
		}
		Optional<Map<Long, Double>> chosen = (badWeight || weights.isEmpty()) ? Optional.empty()
				: Optional.of(Collections.unmodifiableMap(weights));
		return new Parsed(modelId, chosen, page, size, country, top, spread, List.copyOf(problems));
	}

	private static int integer(String text, int fallback, int min, int max, String parameter, String key,
			List<Problem> problems) {
		String value = trimmed(text);
		if (value == null) {
			return fallback;
		}
		if (value.matches("\\d{1,9}")) {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		problems.add(new Problem(parameter, key));
		return fallback;
	}

	private static Optional<Long> id(String text) {
		if (text == null || !text.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		long id = Long.parseLong(text);
		return (id > 0) ? Optional.of(id) : Optional.empty();
	}

	private static Optional<Double> number(String text) {
		if (text == null || !NUMBER.matcher(text).matches()) {
			return Optional.empty();
		}
		double value = Double.parseDouble(text.replace(',', '.'));
		return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
	}

	private static String trimmed(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		return value.isEmpty() ? null : value;
	}

}
