package org.integra.cities.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.cities.CapitalStatus;
import org.integra.cities.Cities;
import org.integra.cities.CityFilter;
import org.integra.cities.CityFilterParser;
import org.integra.cities.FilterNote;
import org.integra.cities.NetworkRelation;
import org.integra.cities.Seaport;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The searchable list of cities. An htmx request gets only the results; any other the
 * whole page, so that the filters also work without JavaScript.
 */
@Controller
class CityListController {

	static final String VIEW = "cities/list";

	static final String RESULTS = "cities/list :: results";

	private final Cities cities;

	CityListController(Cities cities) {
		this.cities = cities;
	}

	@GetMapping("/cities")
	String list(@RequestParam Map<String, String> params, HtmxRequest htmx, Model model) {
		CityFilterParser.Result parsed = CityFilterParser.forPages().parse(params);
		CityFilter filter = parsed.filter();
		List<FilterNote> notes = new ArrayList<>(parsed.notes());
		Page<?> page = this.cities.search(filter);
		if (page.getTotalPages() > 0 && filter.page() > page.getTotalPages()) {
			filter = filter.withPage(page.getTotalPages());
			page = this.cities.search(filter);
			notes.add(new FilterNote("page", true));
		}
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("notes", notes);
		model.addAttribute("links", new CityListLinks(filter, page.getTotalPages()));
		addFilterOptions(model, this.cities);
		// a history restore wants the whole page back
		boolean fragment = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
		return fragment ? RESULTS : VIEW;
	}

	static void addFilterOptions(Model model, Cities cities) {
		model.addAttribute("countries", cities.countriesByName(LocaleContextHolder.getLocale()));
		model.addAttribute("relations", NetworkRelation.values());
		model.addAttribute("seaports", Seaport.values());
		model.addAttribute("capitalStatuses", CapitalStatus.values());
		model.addAttribute("pageSizes", CityFilterParser.PAGE_SIZES);
	}

}
