package org.integra.outreach.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import java.util.List;

import org.integra.cities.CountryCatalog;
import org.integra.cities.CountrySummary;
import org.integra.outreach.Channel;
import org.integra.outreach.ChannelOverview;
import org.integra.outreach.ChannelOverview.CandidateChannels;
import org.integra.outreach.ChannelOverview.GridSort;
import org.integra.outreach.Stage;
import org.integra.system.RequestParams;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The channel matrix: which routes reached one candidate, and all visible candidates as a
 * grid, with the gaps highlighted.
 */
@Controller
class ChannelController {

	static final int PAGE_SIZE = 25;

	/** A country offered in the filter: its code and its name in the user's language. */
	record CountryOption(String code, String name) {
	}

	private final ChannelOverview overview;

	private final CountryCatalog countryNames;

	ChannelController(ChannelOverview overview, CountryCatalog countryNames) {
		this.overview = overview;
		this.countryNames = countryNames;
	}

	@GetMapping("/outreach/candidates/{cityId:\\d+}/channels")
	String candidate(@PathVariable long cityId, Model model) {
		CandidateChannels channels = this.overview.of(cityId);
		model.addAttribute("channels", channels);
		model.addAttribute("names", this.overview.names(List.of(channels.row())));
		return "outreach/candidate-channels";
	}

	@GetMapping("/outreach/channels")
	String grid(@RequestParam(required = false) String stage, @RequestParam(required = false) String country,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") String page, Locale locale,
			Model model) {
		Stage chosenStage = BoardController.parseStage(stage);
		String chosenCountry = parseCountry(country);
		GridSort chosenSort = parseSort(sort);
		int number = RequestParams.page(page);
		ChannelOverview.Grid grid = this.overview.grid(chosenStage, chosenCountry, chosenSort, number, PAGE_SIZE);
		model.addAttribute("page", grid.page());
		model.addAttribute("rows", grid.page().getContent());
		model.addAttribute("countries", countryOptions(grid.countries(), locale));
		model.addAttribute("channelValues", Channel.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("stage", chosenStage);
		model.addAttribute("country", chosenCountry);
		model.addAttribute("sort", chosenSort.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("previousHref", link(chosenStage, chosenCountry, chosenSort, number - 1));
		model.addAttribute("nextHref", link(chosenStage, chosenCountry, chosenSort, number + 1));
		return "outreach/channels";
	}

	static String parseCountry(String country) {
		if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
			return null;
		}
		return country.strip().toUpperCase(java.util.Locale.ROOT);
	}

	static GridSort parseSort(String sort) {
		return "coverage".equalsIgnoreCase((sort == null) ? "" : sort.strip()) ? GridSort.COVERAGE : GridSort.CITY;
	}

	private static String link(Stage stage, String country, GridSort sort, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/outreach/channels");
		if (stage != null) {
			builder.queryParam("stage", stage.name());
		}
		if (country != null) {
			builder.queryParam("country", country);
		}
		builder.queryParam("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
		builder.queryParam("page", Math.max(0, page));
		return builder.encode().build().toUriString();
	}

	/** The countries by their name in the user's language, sorted in its order. */
	private List<CountryOption> countryOptions(Collection<String> codes, Locale locale) {
		Map<String, CountrySummary> known = new HashMap<>();
		this.countryNames.all().forEach((c) -> known.put(c.code(), c));
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return codes.stream().map((code) -> {
			CountrySummary country = known.get(code);
			String name = (country != null) ? country.name(locale) : null;
			return new CountryOption(code, (name != null) ? name : code);
		}).sorted(Comparator.comparing(CountryOption::name, collator)).toList();
	}

}
