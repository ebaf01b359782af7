package org.integra.ranking.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Links of the ranking page that keep its state: model, weights tried out, country, top N
 * and spread.
 *
 * @param modelId the model
 * @param weights the weights tried out, or null for the model's own
 * @param country the country shown, or null
 * @param top the top N, or null for the default
 * @param spread the spread, or null for the default
 * @param page the current page
 */
public record RankingLinks(long modelId, Map<Long, Double> weights, String country, Integer top, Double spread,
		int page) {

	/** The query string of the current state, without page. */
	public String query() {
		StringJoiner query = new StringJoiner("&");
		query.add("model=" + this.modelId);
		if (this.weights != null) {
			this.weights.forEach((id, weight) -> query.add("w" + id + "=" + number(weight)));
		}
		if (this.country != null) {
			query.add("country=" + URLEncoder.encode(this.country, StandardCharsets.UTF_8));
		}
		if (this.top != null) {
			query.add("top=" + this.top);
		}
		if (this.spread != null) {
			query.add("spread=" + number(this.spread));
		}
		return query.toString();
	}

	public String page(int page) {
		return "/ranking?" + query() + ((page > 1) ? "&page=" + page : "");
	}

	public String current() {
		return page(this.page);
	}

	public String robustness() {
		return "/ranking/robustness?" + query() + ((this.page > 1) ? "&page=" + this.page : "");
	}

	public String explain(String cityId) {
		return "/ranking/explain?city=" + cityId + "&" + query();
	}

	public String map() {
		return "/ranking/map?" + query();
	}

	public String mapData() {
		return "/ranking/map/data?" + query();
	}

	public String list() {
		return "/ranking?" + query();
	}

	/** The model's own weights, same country. */
	public String reset() {
		return new RankingLinks(this.modelId, null, this.country, this.top, this.spread, 1).page(1);
	}

	public static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e12) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.4f", value).replaceFirst("0+$", "").replaceFirst("\\.$", "");
	}

}
