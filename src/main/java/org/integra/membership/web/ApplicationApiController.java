package org.integra.membership.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.membership.Application;
import org.integra.membership.ApplicationSearch;
import org.integra.membership.ApplicationStatus;
import org.integra.membership.Applications;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Membership applications",
		description = "Cities' applications to join the network, from the draft to member; coordinators and admins "
				+ "prepare them, the secretariat and admins decide, every role reads them")
class ApplicationApiController {

	private final Applications applications;

	private final ApplicationSearch search;

	private final CityCatalog cities;

	private final MessageSource messages;

	ApplicationApiController(Applications applications, ApplicationSearch search, CityCatalog cities,
			MessageSource messages) {
		this.applications = applications;
		this.search = search;
		this.cities = cities;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Applications, the last changed first, optionally filtered",
			description = "Filters: status (DRAFT, SUBMITTED, DOCUMENTS_COMPLETE, RECOMMENDED, APPROVED, MEMBER, "
					+ "REJECTED, WITHDRAWN) and country (ISO code of the city's country). 400 for an unknown "
					+ "status.")
	ApiPage<ApplicationDtos.ApplicationDto> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String country, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor, Locale locale) {
		ApplicationStatus chosen = RequestParams.constant(ApplicationStatus.class, status);
		if (status != null && !status.isBlank() && chosen == null) {
			throw new ValidationFailedException("status", "membership.api.unknownStatus");
		}
		Page<Application> found = this.search.search(chosen, RequestParams.countryCode(country),
				Math.min(100_000, Math.max(0, page)), Math.min(500, Math.max(1, size)), actor);
		Map<Long, CitySummary> names = this.cities
			.findAll(found.getContent().stream().map(Application::getCityId).toList());
		return ApiPage.of(found, (application) -> dto(application, names.get(application.getCityId()), locale));
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "One application with what is still missing, its documents and its steps",
			description = "missing lists, in the caller's language, what the next step forward still needs. 404 "
					+ "when there is no such application.")
	ApplicationDtos.ApplicationDetail show(@PathVariable long id, Actor actor, Locale locale) {
		return detail(this.applications.get(id, actor), actor, locale);
	}

	@PostMapping
	@Operation(summary = "Open a draft application for a city",
			description = "201 with the application and its Location. 400 without cityId; 404 when there is no "
					+ "such city; 409 when the city has an application under way or is a member; 403 for roles "
					+ "that do not prepare applications.")
	ResponseEntity<ApplicationDtos.ApplicationDetail> create(
			@RequestBody(required = false) ApplicationDtos.OpenBody body, Actor actor, Locale locale) {
		if (body == null || body.cityId() == null) {
			throw new ValidationFailedException("cityId", "membership.application.cityRequired");
		}
		Application opened = this.applications.open(body.cityId(), actor);
		return ResponseEntity.created(URI.create("/api/v1/applications/" + opened.getId()))
			.body(detail(opened, actor, locale));
	}

	@PostMapping("/{id:\\d+}/steps")
	@Operation(summary = "Take a step of the application",
			description = "to: SUBMITTED, DOCUMENTS_COMPLETE or WITHDRAWN (coordinators, admins); RECOMMENDED, "
					+ "APPROVED (with summitDate and summitPlace), MEMBER or REJECTED (secretariat, admins). "
					+ "REJECTED and WITHDRAWN need a reason. 400 for an unknown step or a missing reason; 403 for "
					+ "a step the caller's role does not take; 404 when there is no such application; 409 when "
					+ "the step does not follow from the status or something is missing (listed as missing).")
	ApplicationDtos.ApplicationDetail step(@PathVariable long id,
			@RequestBody(required = false) ApplicationDtos.StepBody body, Actor actor, Locale locale) {
		this.applications.get(id, actor);
		ApplicationStatus to = (body == null) ? null : RequestParams.constant(ApplicationStatus.class, body.to());
		if (to == null || to == ApplicationStatus.DRAFT) {
			throw new ValidationFailedException("to", "membership.api.unknownStep");
		}
		Application moved = switch (to) {
			case SUBMITTED -> this.applications.submit(id, actor);
			case DOCUMENTS_COMPLETE -> this.applications.markDocumentsComplete(id, actor);
			case RECOMMENDED -> this.applications.recommend(id, body.reason(), actor);
			case APPROVED -> this.applications.approve(id, body.summitDate(), body.summitPlace(), actor);
			case MEMBER -> this.applications.makeMember(id, actor);
			case REJECTED -> this.applications.reject(id, body.reason(), actor);
			case WITHDRAWN -> this.applications.withdraw(id, body.reason(), actor);
			case DRAFT -> throw new ValidationFailedException("to", "membership.api.unknownStep");
		};
		return detail(moved, actor, locale);
	}

	private ApplicationDtos.ApplicationDetail detail(Application application, Actor actor, Locale locale) {
		long id = application.getId();
		List<String> missing = this.applications.checklist(id, actor)
			.stream()
			.map((requirement) -> this.messages.getMessage(requirement.messageKey(), null, locale))
			.toList();
		return new ApplicationDtos.ApplicationDetail(
				dto(application, this.cities.find(application.getCityId()).orElse(null), locale), missing,
				this.applications.documents(id, actor).stream().map(ApplicationDtos.DocumentDto::of).toList(),
				this.applications.history(id, actor).stream().map(ApplicationDtos.StepDto::of).toList());
	}

	private ApplicationDtos.ApplicationDto dto(Application application, CitySummary city, Locale locale) {
		return ApplicationDtos.ApplicationDto.of(application, city,
				this.messages.getMessage(application.getStatus().labelKey(), null, locale));
	}

}
