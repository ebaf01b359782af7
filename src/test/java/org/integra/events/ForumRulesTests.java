package org.integra.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.integra.directory.OrganizationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForumRulesTests {

	static final Instant START = Instant.parse("2017-11-16T13:00:00Z");

	static final ForumRules.Facts STARTED = new ForumRules.Facts(EventStatus.ANNOUNCED, START, START.plusSeconds(60));

	static final ForumRules.Facts AHEAD = new ForumRules.Facts(EventStatus.ANNOUNCED, START, START.minusSeconds(60));

	@Test
	void onlyAForumParticipationHasAForum() {
		assertThat(ForumRules.appliesTo(EventKind.FORUM_PARTICIPATION)).isTrue();
		assertThat(ForumRules.appliesTo(EventKind.WORKSHOP)).isFalse();
		assertThat(ForumRules.appliesTo(EventKind.MEETING)).isFalse();
		assertThat(ForumRules.appliesTo(EventKind.WEBINAR)).isFalse();
	}

	@Test
	void theAssociationIsRequiredAndMustBeAnAssociation() {
		assertThat(ForumRules.problems(draft(null, null, null), STARTED, null, null))
			.containsExactly(Map.entry("associationId", "events.forum.associationId.required"));
		assertThat(ForumRules.problems(draft(1L, null, null), STARTED, OrganizationKind.CITY_GOVERNMENT, null))
			.containsExactly(Map.entry("associationId", "events.forum.associationId.notAssociation"));
		assertThat(ForumRules.problems(draft(1L, null, null), STARTED, OrganizationKind.ASSOCIATION, null)).isEmpty();
	}

	@Test
	void theBodyRepresentedMustBeANetworkBody() {
		assertThat(ForumRules.problems(draft(1L, 2L, null), STARTED, OrganizationKind.ASSOCIATION,
				OrganizationKind.ASSOCIATION))
			.containsExactly(Map.entry("bodyId", "events.forum.bodyId.notNetworkBody"));
		assertThat(ForumRules.problems(draft(1L, 2L, null), STARTED, OrganizationKind.ASSOCIATION,
				OrganizationKind.NETWORK_BODY))
			.isEmpty();
	}

	@Test
	void theOutcomeComesOnceTheForumStartedOrWasHeld() {
		assertThat(ForumRules.problems(draft(1L, null, "Acuerdo"), AHEAD, OrganizationKind.ASSOCIATION, null))
			.containsExactly(Map.entry("outcome", "events.forum.outcome.tooEarly"));
		assertThat(ForumRules.problems(draft(1L, null, "Acuerdo"), STARTED, OrganizationKind.ASSOCIATION, null))
			.isEmpty();
		ForumRules.Facts heldEarly = new ForumRules.Facts(EventStatus.HELD, START, START.minusSeconds(3600));
		assertThat(ForumRules.mayHaveOutcome(heldEarly)).isTrue();
		ForumRules.Facts cancelled = new ForumRules.Facts(EventStatus.CANCELLED, START, START.plusSeconds(60));
		assertThat(ForumRules.mayHaveOutcome(cancelled)).isFalse();
		assertThat(ForumRules.mayRecord(EventStatus.CANCELLED)).isFalse();
		assertThat(ForumRules.mayRecord(EventStatus.DRAFT)).isTrue();
	}

	@Test
	void anOutcomeTooLongIsRefused() {
		String longest = "a".repeat(ForumRules.OUTCOME_MAX);
		assertThat(ForumRules.problems(draft(1L, null, longest), STARTED, OrganizationKind.ASSOCIATION, null))
			.isEmpty();
		assertThat(ForumRules.problems(draft(1L, null, longest + "a"), STARTED, OrganizationKind.ASSOCIATION, null))
			.containsExactly(Map.entry("outcome", "events.forum.outcome.tooLong"));
	}

	@Test
	void cleaningStripsTheOutcomeDropsBlanksAndRepeatedPeople() {
		ForumRules.Draft clean = ForumRules.cleaned(new ForumRules.Draft(1L, null, "  Acuerdo\u0000 firmado  ",
				java.util.Arrays.asList(3L, null, 3L, 4L), List.of(5L, 5L)));
		assertThat(clean.outcome()).isEqualTo("Acuerdo firmado");
		assertThat(clean.representativeIds()).containsExactly(3L, 4L);
		assertThat(clean.contactIds()).containsExactly(5L);
		assertThat(ForumRules.cleaned(draft(1L, null, " \n ")).outcome()).isNull();
	}

	@Test
	void tooManyPeopleAreRefused() {
		List<Long> many = java.util.stream.LongStream.rangeClosed(1, ForumRules.CONTACTS_MAX + 1).boxed().toList();
		ForumRules.Draft draft = new ForumRules.Draft(1L, null, null, many, many);
		assertThat(ForumRules.problems(draft, STARTED, OrganizationKind.ASSOCIATION, null)).containsExactly(
				Map.entry("representativeIds", "events.forum.representativeIds.tooMany"),
				Map.entry("contactIds", "events.forum.contactIds.tooMany"));
	}

	private static ForumRules.Draft draft(Long association, Long body, String outcome) {
		return new ForumRules.Draft(association, body, outcome, List.of(), List.of());
	}

}
