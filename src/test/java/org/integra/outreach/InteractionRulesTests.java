package org.integra.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.integra.directory.OrganizationKind;
import org.integra.outreach.InteractionRules.Intermediary;
import org.integra.outreach.InteractionRules.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InteractionRulesTests {

	static final LocalDate TODAY = LocalDate.of(2017, 5, 10);

	static final long MEDELLIN = 7L;

	static final Intermediary NETWORK = new Intermediary(OrganizationKind.PARTNER_NETWORK, null, null);

	static final Intermediary COLOMBIA_IN_LA_PAZ = new Intermediary(OrganizationKind.EMBASSY, "CO", "BO");

	static final Intermediary PERU_IN_LA_PAZ = new Intermediary(OrganizationKind.EMBASSY, "PE", "BO");

	static final Intermediary BOLIVIA_IN_COLOMBIA = new Intermediary(OrganizationKind.EMBASSY, "BO", "CO");

	static final Intermediary BOLIVIA_IN_PERU = new Intermediary(OrganizationKind.EMBASSY, "BO", "PE");

	static final Intermediary BODY = new Intermediary(OrganizationKind.NETWORK_BODY, "BO", null);

	static final Intermediary CITY = new Intermediary(OrganizationKind.CITY_GOVERNMENT, "CO", null);

	static final Intermediary ASSOCIATION = new Intermediary(OrganizationKind.ASSOCIATION, "CO", null);

	static InteractionDraft draft(Channel channel, Long mentorCity) {
		return new InteractionDraft(1L, TODAY.minusDays(1), InteractionKind.MEETING, channel, 5L, mentorCity, Set.of(),
				"Talked", null, InterestLevel.MEDIUM, null, null, null);
	}

	static InteractionDraft withNextStep(String step, String assignee, LocalDate due) {
		return new InteractionDraft(1L, TODAY.minusDays(1), InteractionKind.CALL, Channel.PORTAL, null, null, Set.of(),
				"Talked", null, InterestLevel.LOW, step, assignee, due);
	}

	static List<Problem> problems(InteractionDraft draft, Intermediary intermediary) {
		return InteractionRules.problems(draft, "CO", intermediary, Set.of(MEDELLIN), TODAY);
	}

	static Problem problem(String field, String key) {
		return new Problem(field, key);
	}

	static String wrong(Channel channel) {
		return "outreach.interaction.intermediary.wrong." + channel.name();
	}

	@Test
	void aCompleteDraftThroughEachChannelAndItsFittingIntermediaryPasses() {
		assertThat(problems(draft(Channel.PARTNER_NETWORK, null), NETWORK)).isEmpty();
		assertThat(problems(draft(Channel.EMBASSY_IN_LA_PAZ, null), COLOMBIA_IN_LA_PAZ)).isEmpty();
		assertThat(problems(draft(Channel.BOLIVIAN_EMBASSY, null), BOLIVIA_IN_COLOMBIA)).isEmpty();
		assertThat(problems(draft(Channel.DIRECT_FROM_LA_PAZ, null), null)).isEmpty();
		assertThat(problems(draft(Channel.DIRECT_FROM_LA_PAZ, null), BODY)).isEmpty();
		assertThat(problems(draft(Channel.PRESIDENCY_SECRETARIAT, null), BODY)).isEmpty();
		assertThat(problems(draft(Channel.PRESIDENCY_SECRETARIAT, null), null)).isEmpty();
		assertThat(problems(draft(Channel.MENTOR_CITY, MEDELLIN), null)).isEmpty();
		assertThat(problems(draft(Channel.MENTOR_CITY, MEDELLIN), CITY)).isEmpty();
		assertThat(problems(draft(Channel.PORTAL, null), null)).isEmpty();
	}

	@Test
	void networkAndEmbassyChannelsNeedTheirIntermediary() {
		for (Channel channel : List.of(Channel.PARTNER_NETWORK, Channel.EMBASSY_IN_LA_PAZ, Channel.BOLIVIAN_EMBASSY)) {
			assertThat(problems(draft(channel, null), null))
				.containsExactly(problem("intermediaryId", "outreach.interaction.intermediary.required"));
		}
	}

	@Test
	void aPartnerNetworkChannelRefusesOtherKinds() {
		assertThat(problems(draft(Channel.PARTNER_NETWORK, null), COLOMBIA_IN_LA_PAZ))
			.containsExactly(problem("intermediaryId", wrong(Channel.PARTNER_NETWORK)));
		assertThat(problems(draft(Channel.PARTNER_NETWORK, null), ASSOCIATION))
			.containsExactly(problem("intermediaryId", wrong(Channel.PARTNER_NETWORK)));
	}

	@Test
	void theEmbassyInLaPazMustBeTheCandidateCountrysEmbassyInBolivia() {
		assertThat(problems(draft(Channel.EMBASSY_IN_LA_PAZ, null), PERU_IN_LA_PAZ))
			.containsExactly(problem("intermediaryId", wrong(Channel.EMBASSY_IN_LA_PAZ)));
		assertThat(problems(draft(Channel.EMBASSY_IN_LA_PAZ, null), BOLIVIA_IN_COLOMBIA)).as("the other direction")
			.containsExactly(problem("intermediaryId", wrong(Channel.EMBASSY_IN_LA_PAZ)));
		assertThat(problems(draft(Channel.EMBASSY_IN_LA_PAZ, null), NETWORK))
			.containsExactly(problem("intermediaryId", wrong(Channel.EMBASSY_IN_LA_PAZ)));
	}

	@Test
	void theBolivianEmbassyMustBeBoliviasEmbassyInTheCandidatesCountry() {
		assertThat(problems(draft(Channel.BOLIVIAN_EMBASSY, null), BOLIVIA_IN_PERU))
			.containsExactly(problem("intermediaryId", wrong(Channel.BOLIVIAN_EMBASSY)));
		assertThat(problems(draft(Channel.BOLIVIAN_EMBASSY, null), COLOMBIA_IN_LA_PAZ)).as("the other direction")
			.containsExactly(problem("intermediaryId", wrong(Channel.BOLIVIAN_EMBASSY)));
	}

	@Test
	void directContactAndThePresidencyTakeOnlyANetworkBody() {
		assertThat(problems(draft(Channel.DIRECT_FROM_LA_PAZ, null), NETWORK))
			.containsExactly(problem("intermediaryId", wrong(Channel.DIRECT_FROM_LA_PAZ)));
		assertThat(problems(draft(Channel.PRESIDENCY_SECRETARIAT, null), COLOMBIA_IN_LA_PAZ))
			.containsExactly(problem("intermediaryId", wrong(Channel.PRESIDENCY_SECRETARIAT)));
	}

	@Test
	void theMentorChannelNeedsAnAssignedMentorAndTakesOnlyACityGovernment() {
		assertThat(problems(draft(Channel.MENTOR_CITY, null), null))
			.containsExactly(problem("mentorCityId", "outreach.interaction.mentorCity.required"));
		assertThat(problems(draft(Channel.MENTOR_CITY, 99L), null))
			.containsExactly(problem("mentorCityId", "outreach.interaction.mentorCity.notAssigned"));
		assertThat(problems(draft(Channel.MENTOR_CITY, MEDELLIN), NETWORK))
			.containsExactly(problem("intermediaryId", wrong(Channel.MENTOR_CITY)));
		assertThat(problems(draft(Channel.PARTNER_NETWORK, MEDELLIN), NETWORK))
			.containsExactly(problem("mentorCityId", "outreach.interaction.mentorCity.onlyForMentorChannel"));
	}

	@Test
	void thePortalHasNoIntermediary() {
		assertThat(problems(draft(Channel.PORTAL, null), NETWORK))
			.containsExactly(problem("intermediaryId", wrong(Channel.PORTAL)));
	}

	@Test
	void requiredFieldsAreNamed() {
		InteractionDraft empty = new InteractionDraft(1L, null, null, null, null, null, null, " ", null, null, null,
				null, null);
		assertThat(problems(empty, null)).containsExactlyInAnyOrder(
				problem("occurredOn", "outreach.interaction.occurredOn.required"),
				problem("kind", "outreach.interaction.kind.required"),
				problem("interest", "outreach.interaction.interest.required"),
				problem("summary", "outreach.interaction.summary.required"),
				problem("channel", "outreach.interaction.channel.required"));
	}

	@Test
	void theDateIsNotInTheFuture() {
		InteractionDraft tomorrow = new InteractionDraft(1L, TODAY.plusDays(1), InteractionKind.CALL, Channel.PORTAL,
				null, null, Set.of(), "Talked", null, InterestLevel.LOW, null, null, null);
		assertThat(problems(tomorrow, null))
			.containsExactly(problem("occurredOn", "outreach.interaction.occurredOn.future"));
		InteractionDraft today = new InteractionDraft(1L, TODAY, InteractionKind.CALL, Channel.PORTAL, null, null,
				Set.of(), "Talked", null, InterestLevel.LOW, null, null, null);
		assertThat(problems(today, null)).isEmpty();
	}

	@Test
	void longTextsAreRefused() {
		String tooLong = "x".repeat(InteractionRules.SUMMARY_MAX + 1);
		InteractionDraft draft = new InteractionDraft(1L, TODAY, InteractionKind.CALL, Channel.PORTAL, null, null,
				Set.of(), tooLong, tooLong, InterestLevel.LOW, "y".repeat(InteractionRules.NEXT_STEP_MAX + 1), "ana",
				TODAY);
		assertThat(problems(draft, null)).containsExactlyInAnyOrder(
				problem("summary", "outreach.interaction.summary.tooLong"),
				problem("outcome", "outreach.interaction.outcome.tooLong"),
				problem("nextStep", "outreach.interaction.nextStep.tooLong"));
		InteractionDraft atTheLimit = new InteractionDraft(1L, TODAY, InteractionKind.CALL, Channel.PORTAL, null, null,
				Set.of(), "x".repeat(InteractionRules.SUMMARY_MAX), null, InterestLevel.LOW,
				"y".repeat(InteractionRules.NEXT_STEP_MAX), "ana", TODAY);
		assertThat(problems(atTheLimit, null)).isEmpty();
	}

	@Test
	void aNextStepHasAnAssigneeAndADueDateNotBeforeTheInteraction() {
		assertThat(problems(withNextStep("Send the invitation", "ana", TODAY.plusDays(7)), null)).isEmpty();
		assertThat(problems(withNextStep("Send the invitation", null, null), null)).containsExactlyInAnyOrder(
				problem("nextStepAssignee", "outreach.interaction.nextStepAssignee.required"),
				problem("nextStepDue", "outreach.interaction.nextStepDue.required"));
		assertThat(problems(withNextStep("Send the invitation", "ana", TODAY.minusDays(5)), null))
			.containsExactly(problem("nextStepDue", "outreach.interaction.nextStepDue.beforeInteraction"));
		assertThat(problems(withNextStep(null, "ana", null), null))
			.containsExactly(problem("nextStep", "outreach.interaction.nextStep.required"));
		assertThat(problems(withNextStep(" ", null, TODAY), null))
			.containsExactly(problem("nextStep", "outreach.interaction.nextStep.required"));
	}

}
