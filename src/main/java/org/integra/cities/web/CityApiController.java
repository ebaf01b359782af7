package org.integra.cities.web;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.integra.cities.Cities;
import org.integra.cities.City;
import org.integra.cities.CityDeletion;
import org.integra.cities.CityFilterParser;
import org.integra.cities.CityForm;
import org.integra.cities.FilterNote;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cities")
@Tag(name = "Cities", description = "Cities, their data and their relation to the network")
class CityApiController {

	private final Cities cities;

	private final CityDeletion deletion;

	CityApiController(Cities cities, CityDeletion deletion) {
		this.cities = cities;
		this.deletion = deletion;
	}

	@GetMapping
	@Operation(summary = "Search cities",
			description = "Filters: q (words in the name or alternative names, any accents and case), country (ISO code), "
					+ "relation (MEMBER, CANDIDATE, NONE), capital (yes), seaport, populationMin, populationMax; "
					+ "sort (name, country, region, population, relation), direction (asc, desc), "
					+ "page (from 0), size (1 to 200, default 25). An invalid parameter gives a 400 problem naming it. "
					+ "A mentor finds only the candidates assigned to their city and their own city.")
	ApiPage<CityDto> list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		CityFilterParser.Result parsed = CityFilterParser.forApi().parse(params);
		if (parsed.hasNotes()) {
			MapBindingResult errors = new MapBindingResult(params, "filter");
			for (FilterNote note : parsed.notes()) {
				errors.rejectValue(note.parameter(), "cities.filter.invalid");
			}
			throw new ValidationFailedException(errors);
		}
		return ApiPage.of(this.cities.search(parsed.filter()), CityDto::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a city",
			description = "404 for a city that does not exist or that the caller may not see "
					+ "(a mentor sees only the candidates assigned to their city and their own city).")
	CityDto get(@PathVariable long id) {
		return CityDto.of(this.cities.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a city", description = "Answers 201 with the city and its Location.")
	ResponseEntity<CityDto> create(@Valid @RequestBody CityForm form, BindingResult result) {
		this.cities.check(null, form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		City city = this.cities.create(form);
		return ResponseEntity.created(URI.create("/api/v1/cities/" + city.getId())).body(CityDto.of(city));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a city",
			description = "The body must carry the version read; if the city changed since, the answer is 409.")
	CityDto update(@PathVariable long id, @Valid @RequestBody CityForm form, BindingResult result) {
		this.cities.get(id);
		if (form.getVersion() == null) {
			result.rejectValue("version", "NotNull");
		}
		this.cities.check(id, form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		return CityDto.of(this.cities.update(id, form));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a city")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.deletion.delete(id);
		return ResponseEntity.noContent().build();
	}

}
