package org.integra.cities.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.cities.CityManagement;
import org.integra.cities.Country;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The read-only list of countries, sortable by each column.
 */
@Controller
class CountryController {

	static final String VIEW = "countries/list";

	private static final Map<String, Comparator<Country>> COLUMNS = Map.of("code",
			Comparator.comparing(Country::getCode), "region", Comparator.comparing(Country::getRegion), "mercosur",
			Comparator.comparing(Country::getMercosurRelation));

	private final CityManagement cities;

	CountryController(CityManagement cities) {
		this.cities = cities;
	}

	@GetMapping("/countries")
	String list(@RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
			Locale locale, Model model) {
		String column = (sort != null && (COLUMNS.containsKey(sort) || sort.equals("name"))) ? sort : "name";
		boolean descending = "desc".equals(direction);
		Comparator<Country> byName = Comparator.comparing((Country country) -> country.name(locale),
				java.text.Collator.getInstance(locale));
		Comparator<Country> order = COLUMNS.getOrDefault(column, byName);
		if (descending) {
			order = order.reversed();
		}
		List<Country> countries = this.cities.countries().stream().sorted(order.thenComparing(byName)).toList();
		model.addAttribute("countries", countries);
		model.addAttribute("sort", column);
		model.addAttribute("descending", descending);
		return VIEW;
	}

}
