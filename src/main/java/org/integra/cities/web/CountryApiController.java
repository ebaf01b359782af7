package org.integra.cities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.cities.Cities;
import org.integra.system.ApiPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/countries")
@Tag(name = "Countries", description = "Countries of Latin America and the Caribbean")
class CountryApiController {

	private final Cities cities;

	CountryApiController(Cities cities) {
		this.cities = cities;
	}

	@GetMapping
	@Operation(summary = "List all countries, by ISO code", description = "The whole list, as one page.")
	ApiPage<CountryDto> list() {
		return ApiPage.all(this.cities.countries().stream().map(CountryDto::of).toList());
	}

	@GetMapping("/{code}")
	@Operation(summary = "Get a country by its ISO 3166-1 alpha-2 code")
	CountryDto get(@PathVariable String code) {
		return CountryDto.of(this.cities.country(code.toUpperCase(java.util.Locale.ROOT)));
	}

}
