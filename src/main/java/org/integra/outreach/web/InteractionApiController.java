package org.integra.outreach.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.outreach.Channel;
import org.integra.outreach.Interaction;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.OutreachPolicy;
import org.integra.system.Actor;
import org.integra.system.ApiPage;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/interactions")
@Tag(name = "Interactions",
		description = "Contacts with candidate cities through a channel and an intermediary; a mentor sees and logs "
				+ "only for the candidates assigned to their city")
class InteractionApiController {

	record InteractionDto(long id, long cityId, LocalDate occurredOn, InteractionKind kind, Channel channel,
			Long intermediaryId, Long mentorCityId, Set<Long> personIds, String summary, String outcome,
			InterestLevel interest, String nextStep, String nextStepAssignee, LocalDate nextStepDue, String recordedBy,
			Instant recordedAt, long version) {

		static InteractionDto of(Interaction i) {
			return new InteractionDto(i.getId(), i.getCityId(), i.getOccurredOn(), i.getKind(), i.getChannel(),
					i.getIntermediaryId(), i.getMentorCityId(), new TreeSet<>(i.getPersonIds()), i.getSummary(),
					i.getOutcome(), i.getInterest(), i.getNextStep(), i.getNextStepAssignee(), i.getNextStepDue(),
					i.getRecordedBy(), i.getRecordedAt(), i.getVersion());
		}

	}

	/**
	 * An interaction as entered. Kind, channel and interest by name; dates as
	 * {@code yyyy-MM-dd}; {@code version} only when correcting, as read.
	 */
	record InteractionBody(Long cityId, LocalDate occurredOn, String kind, String channel, Long intermediaryId,
			Long mentorCityId, Set<Long> personIds, String summary, String outcome, String interest, String nextStep,
			String nextStepAssignee, LocalDate nextStepDue, Long version) {
	}

	private final Interactions interactions;

	InteractionApiController(Interactions interactions) {
		this.interactions = interactions;
	}

	@GetMapping
	@Operation(summary = "Interactions, newest first, optionally of one city, through one organization, with one "
			+ "person or through one channel", description = "400 for an unknown channel.")
	ApiPage<InteractionDto> list(@RequestParam(required = false) Long city,
			@RequestParam(required = false) Long organization, @RequestParam(required = false) Long person,
			@RequestParam(required = false) String channel, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Channel chosen = null;
		if (channel != null && !channel.isBlank()) {
			chosen = parse(Channel.class, channel);
			if (chosen == null) {
				throw new ValidationFailedException("channel", "interactions.api.unknownValue");
			}
		}
		List<Interaction> found;
		if (city != null) {
			found = this.interactions.ofCity(city);
		}
		else if (organization != null) {
			found = this.interactions.throughOrganization(organization);
		}
		else if (person != null) {
			found = this.interactions.withPerson(person);
		}
		else {
			found = this.interactions.all();
		}
		Channel wanted = chosen;
		List<Interaction> matching = found.stream()
			.filter((i) -> city == null || i.getCityId() == city)
			.filter((i) -> organization == null || organization.equals(i.getIntermediaryId()))
			.filter((i) -> person == null || i.getPersonIds().contains(person))
			.filter((i) -> wanted == null || i.getChannel() == wanted)
			.sorted(Comparator.comparing(Interaction::getOccurredOn).thenComparing(Interaction::getId).reversed())
			.toList();
		return ApiPage.slice(matching, Math.max(0, page), Math.min(500, Math.max(1, size))).map(InteractionDto::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One interaction", description = "404 when it does not exist or is outside a mentor's scope.")
	InteractionDto show(@PathVariable long id) {
		return InteractionDto.of(this.interactions.get(id));
	}

	@PostMapping
	@Operation(summary = "Log an interaction with a candidate city",
			description = "201 with the interaction and its Location. 400 problem naming each refused field (for "
					+ "instance an intermediary that does not fit the channel, a date in the future, a next step "
					+ "without assignee or due date); 404 when the city is not a candidate the caller may see, or an "
					+ "intermediary or person is outside a mentor's scope. A "
					+ "mentor logs only through MENTOR_CITY as their own city.")
	ResponseEntity<InteractionDto> create(@RequestBody InteractionBody body, Authentication user) {
		if (body == null || body.cityId() == null) {
			throw new ValidationFailedException("cityId", "interactions.api.cityRequired");
		}
		Interaction logged = this.interactions.log(draft(body, body.cityId()), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/interactions/" + logged.getId()))
			.body(InteractionDto.of(logged));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct an interaction",
			description = "Send every field again with the version as read. 400 problem naming each refused field; "
					+ "403 when a mentor corrects an interaction someone else logged; 404 when it does not exist "
					+ "or is outside a mentor's scope; 409 when version is not the current version.")
	InteractionDto correct(@PathVariable long id, @RequestBody InteractionBody body, Actor actor) {
		OutreachPolicy policy = OutreachPolicy.of(actor);
		Interaction interaction = this.interactions.get(id);
		if (!policy.mayCorrect(interaction)) {
			throw new AccessDeniedException("not allowed to correct interaction " + id);
		}
		if (body == null || body.version() == null) {
			throw new ValidationFailedException("version", "interactions.api.versionRequired");
		}
		long cityId = (body.cityId() == null) ? interaction.getCityId() : body.cityId();
		return InteractionDto.of(this.interactions.correct(id, body.version(), draft(body, cityId), policy));
	}

	private static InteractionDraft draft(InteractionBody body, long cityId) {
		MapBindingResult errors = new MapBindingResult(new HashMap<String, Object>(), "interaction");
		InteractionKind kind = parseField(InteractionKind.class, body.kind(), "kind", errors);
		Channel channel = parseField(Channel.class, body.channel(), "channel", errors);
		InterestLevel interest = parseField(InterestLevel.class, body.interest(), "interest", errors);
		if (errors.hasErrors()) {
			throw new ValidationFailedException(errors);
		}
		return new InteractionDraft(cityId, body.occurredOn(), kind, channel, body.intermediaryId(),
				body.mentorCityId(), body.personIds(), body.summary(), body.outcome(), interest, body.nextStep(),
				body.nextStepAssignee(), body.nextStepDue());
	}

	private static <E extends Enum<E>> E parseField(Class<E> type, String text, String field, MapBindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		E value = parse(type, text);
		if (value == null) {
			errors.rejectValue(field, "interactions.api.unknownValue");
		}
		return value;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		return Arrays.stream(type.getEnumConstants())
			.filter((value) -> value.name().equalsIgnoreCase(text.strip()))
			.findFirst()
			.orElse(null);
	}

}
