package org.integra.directory.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.integra.directory.Directory;
import org.integra.directory.DirectoryDuplicates;
import org.integra.directory.Organization;
import org.integra.directory.OrganizationForm;
import org.integra.directory.Person;
import org.integra.directory.PersonForm;
import org.integra.directory.web.DirectoryDtos.OrganizationDto;
import org.integra.directory.web.DirectoryDtos.PersonDto;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory's organizations and people over the API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organizations and people of the network's directory")
class DirectoryApiController {

	private final Directory directory;

	private final DirectoryDuplicates duplicates;

	DirectoryApiController(Directory directory, DirectoryDuplicates duplicates) {
		this.directory = directory;
		this.duplicates = duplicates;
	}

	@GetMapping("/organizations")
	@Operation(summary = "Search organizations",
			description = "Filters: q (words in the name, any accents and case), kind, country (ISO code, "
					+ "represented or host country); page (from 0), 25 per page, sorted by name.")
	ApiPage<OrganizationDto> organizations(@RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "0") String page) {
		return ApiPage.of(this.directory.searchOrganizations(q, OrganizationController.parseKind(kind), country,
				pageNumber(page)), OrganizationDto::of);
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "Get an organization")
	OrganizationDto organization(@PathVariable long id) {
		return OrganizationDto.of(this.directory.organization(id));
	}

	@PostMapping("/organizations")
	@Operation(summary = "Create an organization",
			description = "Answers 201 with the organization and its Location; 409 listing the probable duplicates "
					+ "(same folded name and country) unless confirmDuplicate=true.")
	ResponseEntity<OrganizationDto> create(@Valid @RequestBody OrganizationForm form, BindingResult result,
			@RequestParam(required = false) String confirmDuplicate) {
		this.directory.check(form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		DuplicatesFoundException.unlessConfirmed(confirmDuplicate, this.duplicates.organizationsMatching(form, null),
				Organization::getId, Organization::getName);
		Organization organization = this.directory.create(form);
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + organization.getId()))
			.body(OrganizationDto.of(organization));
	}

	@PutMapping("/organizations/{id}")
	@Operation(summary = "Change an organization",
			description = "The body must carry the version read; if the organization changed since, the answer is 409.")
	OrganizationDto update(@PathVariable long id, @Valid @RequestBody OrganizationForm form, BindingResult result) {
		this.directory.organization(id);
		if (form.getVersion() == null) {
			result.rejectValue("version", "NotNull");
		}
		this.directory.check(form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		return OrganizationDto.of(this.directory.update(id, form));
	}

	@GetMapping("/people")
	@Operation(summary = "Search people",
			description = "Filters: q (words in the name, any accents and case), organization (id); page (from 0).")
	ApiPage<PersonDto> people(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long organization, @RequestParam(defaultValue = "0") String page) {
		return ApiPage.of(this.directory.searchPeople(q, organization, pageNumber(page)), PersonDto::of);
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "Get a person")
	PersonDto person(@PathVariable long id) {
		return PersonDto.of(this.directory.person(id));
	}

	@PostMapping("/people")
	@Operation(summary = "Create a person",
			description = "Answers 201 with the person and its Location; 409 listing the probable duplicates "
					+ "(same e-mail, or same folded name and organization country) unless confirmDuplicate=true.")
	ResponseEntity<PersonDto> create(@Valid @RequestBody PersonForm form, BindingResult result,
			@RequestParam(required = false) String confirmDuplicate) {
		this.directory.check(form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		DuplicatesFoundException.unlessConfirmed(confirmDuplicate, this.duplicates.peopleMatching(form, null),
				Person::getId, Person::getName);
		Person person = this.directory.create(form);
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.getId())).body(PersonDto.of(person));
	}

	@PutMapping("/people/{id}")
	@Operation(summary = "Change a person",
			description = "The body must carry the version read; if the person changed since, the answer is 409.")
	PersonDto update(@PathVariable long id, @Valid @RequestBody PersonForm form, BindingResult result) {
		this.directory.person(id);
		if (form.getVersion() == null) {
			result.rejectValue("version", "NotNull");
		}
		this.directory.check(form, result);
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		return PersonDto.of(this.directory.update(id, form));
	}

	/** The page asked for, from 0; anything but a page number is the first page. */
	static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(99_999, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
