package org.integra.cities.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.integra.cities.Cities;
import org.integra.cities.CityFilterParser;
import org.integra.cities.CityPoint;
import org.integra.cities.Country;
import org.integra.system.IntegraProperties;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of cities, with the same filters as the list. The page's script fetches the
 * cities as GeoJSON from {@code /cities/map/data}.
 */
@Controller
class CityMapController {

	static final String VIEW = "cities/map";

	private final Cities cities;

	private final MessageSource messages;

	private final String tileUrl;

	private final String tileAttribution;

	CityMapController(Cities cities, MessageSource messages, IntegraProperties settings) {
		this.cities = cities;
		this.messages = messages;
		this.tileUrl = settings.map().tileUrl();
		this.tileAttribution = settings.map().tileAttribution();
	}

	@GetMapping("/cities/map")
	String map(@RequestParam Map<String, String> params, Model model) {
		CityFilterParser.Result parsed = CityFilterParser.forPages().parse(params);
		model.addAttribute("filter", parsed.filter());
		model.addAttribute("notes", parsed.notes());
		model.addAttribute("links", new CityListLinks(parsed.filter(), 0));
		model.addAttribute("tileUrl", this.tileUrl);
		model.addAttribute("tileAttribution", this.tileAttribution);
		CityListController.addFilterOptions(model, this.cities);
		return VIEW;
	}

	@GetMapping(path = "/cities/map/data", produces = "application/geo+json")
	ResponseEntity<Map<String, Object>> data(@RequestParam Map<String, String> params, Locale locale) {
		CityFilterParser.Result parsed = CityFilterParser.forPages().parse(params);
		Page<CityPoint> found = this.cities.searchForMap(parsed.filter());
		Map<String, String> countries = this.cities.countries()
			.stream()
			.collect(Collectors.toMap(Country::getCode, (country) -> country.name(locale)));
		List<Map<String, Object>> features = found.stream()
			.map((point) -> feature(point, countries.get(point.countryCode()), locale))
			.toList();
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		collection.put("totalElements", found.getTotalElements());
		collection.put("truncated", found.getTotalElements() > features.size());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(collection);
	}

	private Map<String, Object> feature(CityPoint city, String country, Locale locale) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", city.id());
		properties.put("name", city.name());
		properties.put("country", country);
		properties.put("relation", city.relation().name());
		properties.put("relationLabel",
				this.messages.getMessage("cities.relation." + city.relation().name(), null, locale));
		properties.put("url", "/cities/" + city.id());
		Map<String, Object> geometry = Map.of("type", "Point", "coordinates",
				List.of(city.longitude(), city.latitude()));
		return Map.of("type", "Feature", "geometry", geometry, "properties", properties);
	}

}
