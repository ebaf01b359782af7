package org.integra.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.events.RegistrationRecords;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id:\\d+}/registrations")
@Tag(name = "Registrations",
		description = "The registrations of an event's public page, with the registrants' addresses: admins, "
				+ "coordinators and the secretariat read them; admins and coordinators link each to a city of "
				+ "Integra (a new one enters as a candidate identified at the event) and a person of the directory")
class RegistrationApiController {

	private final RegistrationRecords records;

	RegistrationApiController(RegistrationRecords records) {
		this.records = records;
	}

	@GetMapping
	@Operation(summary = "The event's registrations, the newest first",
			description = "q: words of the name, organisation, city or address (accents and case ignored). Pages "
					+ "of " + RegistrationRecords.PAGE_SIZE + ". 403 for roles that do not see registrations "
					+ "(mentors, viewers); 404 when there is no such event.")
	ApiPage<ParticipantDtos.RegistrationDto> list(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Actor actor) {
		return ApiPage.of(this.records.search(id, q, Math.min(100_000, Math.max(0, page)), actor),
				ParticipantDtos.RegistrationDto::of);
	}

	@GetMapping("/{registrationId:\\d+}")
	@Operation(summary = "One registration",
			description = "403 for roles that do not see registrations; 404 when the event has no such "
					+ "registration.")
	ParticipantDtos.RegistrationDto show(@PathVariable long id, @PathVariable long registrationId, Actor actor) {
		return ParticipantDtos.RegistrationDto.of(this.records.get(id, registrationId, actor));
	}

	@PostMapping("/{registrationId:\\d+}/city")
	@Operation(summary = "Link the registration to a city of Integra",
			description = "400 when no cityId is given or there is no such city; 404 when the event has no such "
					+ "registration; 403 for roles that do not run events.")
	ParticipantDtos.RegistrationDto linkCity(@PathVariable long id, @PathVariable long registrationId,
			@RequestBody(required = false) ParticipantDtos.CityLinkBody body, Actor actor) {
		this.records.get(id, registrationId, actor);
		if (body == null || body.cityId() == null) {
			throw new ValidationFailedException("cityId", "events.registration.city.unknown");
		}
		this.records.linkCity(id, registrationId, body.cityId(), actor);
		return ParticipantDtos.RegistrationDto.of(this.records.get(id, registrationId, actor));
	}

	@PostMapping("/{registrationId:\\d+}/city/new")
	@Operation(summary = "Record the registrant's city as a new candidate and link the registration to it",
			description = "The city enters the pipeline as identified, with the event as its channel. 400 problem "
					+ "naming a refused name or country (ISO code); 404 when the event has no such registration; "
					+ "403 for roles that do not run events.")
	ParticipantDtos.RegistrationDto createCity(@PathVariable long id, @PathVariable long registrationId,
			@RequestBody(required = false) ParticipantDtos.NewCityBody body, Actor actor) {
		this.records.get(id, registrationId, actor);
		this.records.createCity(id, registrationId, (body != null) ? body.name() : null,
				RequestParams.countryCode((body != null) ? body.country() : null), actor);
		return ParticipantDtos.RegistrationDto.of(this.records.get(id, registrationId, actor));
	}

	@PostMapping("/{registrationId:\\d+}/person")
	@Operation(summary = "Link the registration to a person of the directory",
			description = "400 when no personId is given; 404 when the event has no such registration or there "
					+ "is no such person; 403 for roles that do not run events.")
	ParticipantDtos.RegistrationDto linkPerson(@PathVariable long id, @PathVariable long registrationId,
			@RequestBody(required = false) ParticipantDtos.PersonLinkBody body, Actor actor) {
		this.records.get(id, registrationId, actor);
		if (body == null || body.personId() == null) {
			throw new ValidationFailedException("personId", "events.registration.person.unknown");
		}
		this.records.linkPerson(id, registrationId, body.personId(), actor);
		return ParticipantDtos.RegistrationDto.of(this.records.get(id, registrationId, actor));
	}

	@PostMapping("/{registrationId:\\d+}/person/new")
	@Operation(summary = "Add the registrant to the directory as a new person and link them",
			description = "With their name, position, address and language. 404 when the event has no such "
					+ "registration; 403 for roles that do not run events.")
	ParticipantDtos.RegistrationDto createPerson(@PathVariable long id, @PathVariable long registrationId,
			Actor actor) {
		this.records.get(id, registrationId, actor);
		this.records.createPerson(id, registrationId, actor);
		return ParticipantDtos.RegistrationDto.of(this.records.get(id, registrationId, actor));
	}

}
