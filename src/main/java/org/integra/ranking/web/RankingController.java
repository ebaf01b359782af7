package org.integra.ranking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.system.IntegraProperties;
import org.integra.ranking.RankedCity;
import org.integra.ranking.Shortlist;
import org.integra.ranking.RankingPolicy;
import org.integra.ranking.RankingView;
import org.integra.ranking.RobustnessView;
import org.integra.system.Actor;
import org.integra.ranking.engine.RankedAlternative;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The ranking page: a model, a slider per criterion re-ranking in place, the ranked
 * cities page by page with their contribution bars, the incomplete cities, and a
 * robustness panel loaded after the table. Also the map of the ranked cities.
 */
@Controller
class RankingController {

	static final String VIEW = "ranking/ranking";

	static final String RESULTS = "ranking/ranking :: results";

	static final String ROBUSTNESS = "ranking/ranking :: robustnessResponse";

	static final int MAP_LIMIT = 2000;

	private final RankingRequests requests;

	private final MessageSource messages;

	private final String tileUrl;

	private final String tileAttribution;

	private final Shortlist shortlist;

	RankingController(RankingRequests requests, MessageSource messages, Shortlist shortlist,
			IntegraProperties settings) {
		this.shortlist = shortlist;
		this.requests = requests;
		this.messages = messages;
		this.tileUrl = settings.map().tileUrl();
		this.tileAttribution = settings.map().tileAttribution();
	}

	@GetMapping("/ranking")
	String ranking(@RequestParam Map<String, String> params, HtmxRequest htmx, HttpServletRequest request, Actor actor,
			Locale locale, Model model) {
		fill(params, false, request, actor, locale, model);
		return fragment(htmx) ? RESULTS : VIEW;
	}

	@GetMapping("/ranking/robustness")
	String robustness(@RequestParam Map<String, String> params, HtmxRequest htmx, HttpServletRequest request,
			Actor actor, Locale locale, Model model) {
		fill(params, true, request, actor, locale, model);
		return fragment(htmx) ? ROBUSTNESS : VIEW;
	}

	@GetMapping("/ranking/map")
	String map(@RequestParam Map<String, String> params, HttpServletRequest request, Locale locale, Model model) {
		RankingRequests.Resolution resolution = this.requests.resolve(this.requests.parse(params), false);
		model.addAttribute("r", resolution);
		model.addAttribute("problems", resolution.problems());
		if (resolution.model() != null) {
			model.addAttribute("links", this.requests.links(resolution, 1));
		}
		model.addAttribute("tileUrl", this.tileUrl);
		model.addAttribute("tileAttribution", this.tileAttribution);
		return "ranking/ranking-map";
	}

	@GetMapping(path = "/ranking/map/data", produces = "application/json")
	@ResponseBody
	Map<String, Object> mapData(@RequestParam Map<String, String> params) {
		RankingRequests.Resolution resolution = this.requests.resolve(this.requests.parse(params), false);
		List<Map<String, Object>> cities = new ArrayList<>();
		List<RankedAlternative> rows = resolution.rows();
		for (RankedAlternative row : rows) {
			RankedCity city = resolution.view().city(row);
			if (city == null || city.latitude() == null || city.longitude() == null) {
				continue;
			}
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("id", city.id());
			point.put("name", city.name());
			point.put("lat", city.latitude());
			point.put("lon", city.longitude());
			point.put("rank", row.rank());
			point.put("score", org.integra.ranking.ScoreScale.points(row.score()));
			cities.add(point);
			if (cities.size() >= MAP_LIMIT) {
				break;
			}
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("ranked", rows.size());
		data.put("shown", cities.size());
		data.put("truncated", cities.size() >= MAP_LIMIT && rows.size() > MAP_LIMIT);
		data.put("cities", cities);
		return data;
	}

	/** A history restore wants the whole page back. */
	private static boolean fragment(HtmxRequest htmx) {
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
	}

	private void fill(Map<String, String> params, boolean withRobustness, HttpServletRequest request, Actor actor,
			Locale locale, Model model) {
		RankingRequests.Resolution resolution = this.requests.resolve(this.requests.parse(params), false);
		model.addAttribute("r", resolution);
		// links of the rows are built without @{...}: each of those asks the resource
		// chain
		model.addAttribute("base", request.getContextPath());
		model.addAttribute("canShortlist", RankingPolicy.of(actor).mayShortlist());
		model.addAttribute("countries", this.requests.countries());
		List<String> problems = new ArrayList<>(resolution.problems());
		model.addAttribute("problems", problems);
		if (resolution.model() == null) {
			return;
		}
		RankingView view = resolution.view();
		RankingPageModel page = new RankingPageModel(this.messages, locale, this.requests.countryNames(locale),
				resolution.weighable(), view);
		model.addAttribute("sliders", page.sliders(resolution.weighable(), resolution.weights()));
		if (view == null) {
			model.addAttribute("links", this.requests.links(resolution, 1));
			return;
		}
		List<RankedAlternative> rows = resolution.rows();
		int size = RankingParams.PAGE_ROWS;
		int pages = Math.max(1, (rows.size() + size - 1) / size);
		int current = resolution.params().page();
		if (current > pages) {
			problems.add("ranking.page.param.pageBeyond");
			current = pages;
		}
		Optional<RobustnessView> robustness = withRobustness ? this.requests.robustness(resolution) : Optional.empty();
		List<RankingPageModel.Row> shown = new ArrayList<>();
		for (RankedAlternative row : rows.subList((current - 1) * size, Math.min(rows.size(), current * size))) {
			shown.add(page.row(view, row, robustness.orElse(null)));
		}
		RankingLinks links = this.requests.links(resolution, current);
		model.addAttribute("links", links);
		model.addAttribute("rows", shown);
		// shortlisted cities are not offered again; the page says when they were
		Map<String, Shortlist.StoredScore> shortlisted = new LinkedHashMap<>();
		this.shortlist.latestScores(shown.stream().map((row) -> Long.valueOf(row.cityId())).toList())
			.forEach((id, stored) -> shortlisted.put(id.toString(), stored));
		model.addAttribute("shortlisted", shortlisted);
		model.addAttribute("rowCount", rows.size());
		model.addAttribute("rankedCount", view.result().ranked().size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pageNumbers(current, pages));
		model.addAttribute("pageCount", pages);
		model.addAttribute("legend", page.legend(view));
		Map<String, Integer> missing = RankingPageModel.missingCounts(view, resolution.params().country());
		model.addAttribute("incompleteCount", missing.get(""));
		model.addAttribute("missing", page.missing(missing));
		model.addAttribute("incomplete", page.incomplete(view, resolution.params().country()));
		model.addAttribute("ineligible", view.ineligible());
		model.addAttribute("method", view.result().method().name());
		robustness.ifPresent((found) -> {
			model.addAttribute("robustness", found);
			model.addAttribute("intervals", page.intervals(found));
		});
		model.addAttribute("robustnessLoaded", withRobustness);
	}

	/** Page numbers around the current one, with the first and the last. */
	static List<Integer> pageNumbers(int current, int pages) {
		List<Integer> numbers = new ArrayList<>();
		for (int p = 1; p <= pages; p++) {
			if (p == 1 || p == pages || Math.abs(p - current) <= 3) {
				numbers.add(p);
			}
		}
		return numbers;
	}

}
