package org.integra.cities.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.cities.Cities;
import org.integra.cities.Country;
import org.integra.cities.CountryForm;
import org.integra.cities.MercosurRelation;
import org.integra.cities.Region;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of countries, sortable by each column, and the form that adds one.
 */
@Controller
class CountryController {

	static final String VIEW = "countries/list";

	private static final Map<String, Comparator<Country>> COLUMNS = Map.of("code",
			Comparator.comparing(Country::getCode), "region", Comparator.comparing(Country::getRegion), "mercosur",
			Comparator.comparing(Country::getMercosurRelation));

	private final Cities cities;

	CountryController(Cities cities) {
		this.cities = cities;
	}

	@GetMapping("/countries/new")
	String newCountry(@RequestParam(required = false) String code, Model model) {
		CountryForm form = new CountryForm();
		form.setCode((code != null && code.length() <= 2) ? code : null);
		return form(form, model);
	}

	/** Adds a country (administrators only), then lists the countries. */
	@PostMapping("/countries")
	String create(@Valid @ModelAttribute("countryForm") CountryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Country country = errors.hasErrors() ? null : this.cities.createCountry(form, errors);
		if (country == null) {
			return form(form, model);
		}
		redirect.addFlashAttribute("created", country.getCode());
		return "redirect:/countries";
	}

	private String form(CountryForm form, Model model) {
		model.addAttribute("countryForm", form);
		model.addAttribute("regions", Region.values());
		model.addAttribute("relations", MercosurRelation.values());
		return "countries/form";
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
