package org.integra.outreach.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.outreach.CandidateScope;
import org.integra.outreach.MentorActivity;
import org.integra.outreach.MentorAssignment;
import org.integra.outreach.MentorDesk;
import org.integra.outreach.Mentors;
import org.integra.outreach.Stage;
import org.integra.system.ApiPage;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Mentors",
		description = "Member cities assigned as mentors of candidate cities (plan action 4), suggestions and activity")
class MentorApiController {

	record AssignmentDto(long id, long candidateCityId, String candidateCityName, long mentorCityId,
			String mentorCityName, String note, String assignedBy, Instant assignedAt) {
	}

	/**
	 * An assignment: the candidate, the member city that mentors it, an optional note.
	 */
	record AssignBody(Long candidateCityId, Long mentorCityId, String note) {
	}

	record SuggestionDto(long cityId, String name, String countryCode, boolean sameCountry,
			List<String> sharedPriorities, Long distanceKm, boolean assigned, String reason) {
	}

	record ActivityCandidateDto(long cityId, String name, Stage stage, int interactions, LocalDate lastDate) {
	}

	record ActivityDto(long mentorCityId, String name, String countryCode, int interactions, LocalDate lastDate,
			boolean quiet, List<ActivityCandidateDto> candidates) {
	}

	private final Mentors mentors;

	private final MentorDesk desk;

	private final CandidateScope scope;

	private final CityCatalog cities;

	private final SuggestionReasons reasons;

	MentorApiController(Mentors mentors, MentorDesk desk, CandidateScope scope, CityCatalog cities,
			SuggestionReasons reasons) {
		this.mentors = mentors;
		this.desk = desk;
		this.scope = scope;
		this.cities = cities;
		this.reasons = reasons;
	}

	@GetMapping("/mentor-assignments")
	@Operation(summary = "Mentor assignments, first assigned first",
			description = "A mentor sees only the assignments of their own city. The whole list, as one page.")
	ApiPage<AssignmentDto> list() {
		CandidateScope.Scope current = this.scope.current();
		return ApiPage.all(this.mentors.all()
			.stream()
			.filter((assignment) -> current.everything()
					|| Long.valueOf(assignment.getMentorCityId()).equals(current.mentorCityId()))
			.sorted(java.util.Comparator.comparing(MentorAssignment::getAssignedAt)
				.thenComparing(MentorAssignment::getId))
			.map(this::dto)
			.toList());
	}

	@GetMapping("/mentor-assignments/{id}")
	@Operation(summary = "One mentor assignment",
			description = "404 when it does not exist or, for a mentor, is not their city's.")
	AssignmentDto show(@PathVariable long id) {
		return dto(visible(id));
	}

	@PostMapping("/mentor-assignments")
	@Operation(summary = "Assign a member city as mentor of a candidate",
			description = "201 with the assignment and its Location; 200 with the existing one when the pair is "
					+ "already assigned; 400 problem when the candidate is not in the pipeline, the mentor is not a "
					+ "member city, or the note is longer than 1000 characters.")
	ResponseEntity<AssignmentDto> assign(@RequestBody AssignBody body, Authentication user) {
		if (body == null || body.candidateCityId() == null) {
			throw new ValidationFailedException("candidateCityId", "outreach.mentors.candidate.required");
		}
		if (body.mentorCityId() == null) {
			throw new ValidationFailedException("mentorCityId", "outreach.mentors.mentor.required");
		}
		boolean existed = this.mentors.mentorCityIdsOf(body.candidateCityId()).contains(body.mentorCityId());
		MentorAssignment assignment = this.mentors.assign(body.candidateCityId(), body.mentorCityId(), body.note(),
				user.getName());
		if (existed) {
			return ResponseEntity.ok(dto(assignment));
		}
		return ResponseEntity.created(URI.create("/api/v1/mentor-assignments/" + assignment.getId()))
			.body(dto(assignment));
	}

	@DeleteMapping("/mentor-assignments/{id}")
	@Operation(summary = "End a mentor assignment",
			description = "204; the interactions logged through it stay. 404 when it does not exist.")
	ResponseEntity<Void> delete(@PathVariable long id) {
		MentorAssignment assignment = visible(id);
		this.mentors.unassign(assignment.getCandidateCityId(), assignment.getMentorCityId());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/candidates/{cityId}/mentor-suggestions")
	@Operation(summary = "Member cities ranked as mentors of a candidate",
			description = "Same country first, then more shared thematic-unit priorities, then the nearest; the "
					+ "reason in words in the caller's language, and whether each already mentors the candidate. "
					+ "404 when the city is not a candidate. The whole list, as one page.")
	ApiPage<SuggestionDto> suggestions(@PathVariable long cityId, Locale locale) {
		Map<Long, String> units = this.desk.unitNames(locale);
		return ApiPage.all(this.desk.suggestionsFor(cityId)
			.stream()
			.map((s) -> new SuggestionDto(s.cityId(), s.name(), s.countryCode(), s.sameCountry(),
					this.reasons.sharedNames(s, units), s.distanceKm(), s.assigned(),
					this.reasons.reason(s, units, locale)))
			.toList());
	}

	@GetMapping("/mentor-activity")
	@Operation(summary = "Every mentor city's activity",
			description = "Per member city that mentors anyone: its candidates with their stage, the interactions "
					+ "logged through the mentor-city channel with it (per candidate and in all), the last one's "
					+ "date, and quiet=true when it logged nothing in 60 days. The whole list, as one page.")
	ApiPage<ActivityDto> activity() {
		List<MentorActivity.Mentor> mentors = this.desk.activity();
		Map<Long, Stage> stages = this.desk.stages(mentors.stream()
			.flatMap((mentor) -> mentor.candidates().stream())
			.map(MentorActivity.CandidateActivity::candidateCityId)
			.distinct()
			.toList());
		return ApiPage.all(mentors.stream()
			.map((mentor) -> new ActivityDto(mentor.mentorCityId(), name(mentor.mentorCityId()),
					this.cities.find(mentor.mentorCityId()).map(CitySummary::countryCode).orElse(null),
					mentor.interactions(), mentor.lastDate(), mentor.quiet(),
					mentor.candidates()
						.stream()
						.map((c) -> new ActivityCandidateDto(c.candidateCityId(), name(c.candidateCityId()),
								stages.get(c.candidateCityId()), c.interactions(), c.lastDate()))
						.toList()))
			.toList());
	}

	private MentorAssignment visible(long id) {
		CandidateScope.Scope current = this.scope.current();
		return this.mentors.find(id)
			.filter((assignment) -> current.everything()
					|| Long.valueOf(assignment.getMentorCityId()).equals(current.mentorCityId()))
			.orElseThrow(() -> new NotFoundException("outreach.mentors.assignment.notFound", id));
	}

	private AssignmentDto dto(MentorAssignment assignment) {
		return new AssignmentDto(assignment.getId(), assignment.getCandidateCityId(),
				name(assignment.getCandidateCityId()), assignment.getMentorCityId(), name(assignment.getMentorCityId()),
				assignment.getNote(), assignment.getAssignedBy(), assignment.getAssignedAt());
	}

	private String name(long cityId) {
		return this.cities.find(cityId).map(CitySummary::name).orElse(null);
	}

}
