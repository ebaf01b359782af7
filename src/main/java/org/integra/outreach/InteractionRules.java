package org.integra.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.integra.directory.OrganizationKind;

/**
 * Which intermediary fits which channel, and what makes an interaction complete. An
 * embassy route must name the right embassy: the candidate country's embassy in Bolivia,
 * or Bolivia's embassy in the candidate country.
 */
public final class InteractionRules {

	/** Bolivia, the vice presidency's country (La Paz). */
	public static final String BOLIVIA = "BO";

	public static final int SUMMARY_MAX = 4000;

	public static final int NEXT_STEP_MAX = 500;

	private InteractionRules() {
	}

	/**
	 * The intermediary organization as the rules need it.
	 *
	 * @param kind its kind
	 * @param countryCode the country it is in or represents
	 * @param hostCountryCode for an embassy, the country that hosts it
	 */
	public record Intermediary(OrganizationKind kind, String countryCode, String hostCountryCode) {
	}

	/**
	 * A refused field and the message key that says why.
	 *
	 * @param field the draft's field
	 * @param messageKey the reason
	 */
	public record Problem(String field, String messageKey) {
	}

	/**
	 * Every problem of the draft, none when it may be saved.
	 * @param draft what the user entered
	 * @param candidateCountry the candidate city's country
	 * @param intermediary the intermediary organization, {@code null} when none is named
	 * @param assignedMentors the member cities assigned as the candidate's mentors
	 * @param today the current date
	 */
	public static List<Problem> problems(InteractionDraft draft, String candidateCountry, Intermediary intermediary,
			Set<Long> assignedMentors, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (draft.occurredOn() == null) {
			problems.add(new Problem("occurredOn", "outreach.interaction.occurredOn.required"));
		}
		else if (draft.occurredOn().isAfter(today)) {
			problems.add(new Problem("occurredOn", "outreach.interaction.occurredOn.future"));
		}
		if (draft.kind() == null) {
			problems.add(new Problem("kind", "outreach.interaction.kind.required"));
		}
		if (draft.interest() == null) {
			problems.add(new Problem("interest", "outreach.interaction.interest.required"));
		}
		if (isBlank(draft.summary())) {
			problems.add(new Problem("summary", "outreach.interaction.summary.required"));
		}
		else if (draft.summary().length() > SUMMARY_MAX) {
			problems.add(new Problem("summary", "outreach.interaction.summary.tooLong"));
		}
		if (draft.outcome() != null && draft.outcome().length() > SUMMARY_MAX) {
			problems.add(new Problem("outcome", "outreach.interaction.outcome.tooLong"));
		}
		channelProblems(draft, candidateCountry, intermediary, assignedMentors, problems);
		nextStepProblems(draft, problems);
		return problems;
	}

	private static void channelProblems(InteractionDraft draft, String candidateCountry, Intermediary intermediary,
			Set<Long> assignedMentors, List<Problem> problems) {
		Channel channel = draft.channel();
		if (channel == null) {
			problems.add(new Problem("channel", "outreach.interaction.channel.required"));
			return;
		}
		if (channel == Channel.MENTOR_CITY) {
			if (draft.mentorCityId() == null) {
				problems.add(new Problem("mentorCityId", "outreach.interaction.mentorCity.required"));
			}
			else if (!assignedMentors.contains(draft.mentorCityId())) {
				problems.add(new Problem("mentorCityId", "outreach.interaction.mentorCity.notAssigned"));
			}
		}
		else if (draft.mentorCityId() != null) {
			problems.add(new Problem("mentorCityId", "outreach.interaction.mentorCity.onlyForMentorChannel"));
		}
		String wrongIntermediary = "outreach.interaction.intermediary.wrong." + channel.name();
		switch (channel) {
			case PARTNER_NETWORK -> {
				if (intermediary == null) {
					problems.add(new Problem("intermediaryId", "outreach.interaction.intermediary.required"));
				}
				else if (intermediary.kind() != OrganizationKind.PARTNER_NETWORK) {
					problems.add(new Problem("intermediaryId", wrongIntermediary));
				}
			}
			case EMBASSY_IN_LA_PAZ -> {
				if (intermediary == null) {
					problems.add(new Problem("intermediaryId", "outreach.interaction.intermediary.required"));
				}
				else if (!isEmbassy(intermediary, candidateCountry, BOLIVIA)) {
					problems.add(new Problem("intermediaryId", wrongIntermediary));
				}
			}
			case BOLIVIAN_EMBASSY -> {
				if (intermediary == null) {
					problems.add(new Problem("intermediaryId", "outreach.interaction.intermediary.required"));
				}
				else if (!isEmbassy(intermediary, BOLIVIA, candidateCountry)) {
					problems.add(new Problem("intermediaryId", wrongIntermediary));
				}
			}
			case DIRECT_FROM_LA_PAZ, PRESIDENCY_SECRETARIAT -> {
				if (intermediary != null && intermediary.kind() != OrganizationKind.NETWORK_BODY) {
					problems.add(new Problem("intermediaryId", wrongIntermediary));
				}
			}
			case MENTOR_CITY -> {
				if (intermediary != null && intermediary.kind() != OrganizationKind.CITY_GOVERNMENT) {
					problems.add(new Problem("intermediaryId", wrongIntermediary));
				}
			}
			case PORTAL -> {
				if (intermediary != null) {
					problems.add(new Problem("intermediaryId", wrongIntermediary));
				}
			}
			case EVENT -> {
				// whoever held or hosted the event may carry it: a network body, an
				// association, a city government
			}
		}
	}

	private static boolean isEmbassy(Intermediary intermediary, String represents, String hostedIn) {
		return intermediary.kind() == OrganizationKind.EMBASSY && represents != null
				&& represents.equals(intermediary.countryCode()) && hostedIn != null
				&& hostedIn.equals(intermediary.hostCountryCode());
	}

	private static void nextStepProblems(InteractionDraft draft, List<Problem> problems) {
		boolean hasStep = !isBlank(draft.nextStep());
		if (!hasStep && (!isBlank(draft.nextStepAssignee()) || draft.nextStepDue() != null)) {
			problems.add(new Problem("nextStep", "outreach.interaction.nextStep.required"));
		}
		if (hasStep && draft.nextStep().length() > NEXT_STEP_MAX) {
			problems.add(new Problem("nextStep", "outreach.interaction.nextStep.tooLong"));
		}
		if (hasStep && isBlank(draft.nextStepAssignee())) {
			problems.add(new Problem("nextStepAssignee", "outreach.interaction.nextStepAssignee.required"));
		}
		if (hasStep && draft.nextStepDue() == null) {
			problems.add(new Problem("nextStepDue", "outreach.interaction.nextStepDue.required"));
		}
		if (hasStep && draft.nextStepDue() != null && draft.occurredOn() != null
				&& draft.nextStepDue().isBefore(draft.occurredOn())) {
			problems.add(new Problem("nextStepDue", "outreach.interaction.nextStepDue.beforeInteraction"));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
