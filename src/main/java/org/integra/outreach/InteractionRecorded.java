package org.integra.outreach;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * An interaction was logged or corrected; published inside the same transaction, so a
 * listener's work (the task of its next step) commits or rolls back with it.
 *
 * @param interactionId the interaction
 * @param cityId the candidate city
 * @param intermediaryId the organization that carried it, if any
 * @param personIds the people present or addressed
 * @param nextStep the agreed next step, or null
 * @param nextStepAssignee who is responsible for it, or null
 * @param nextStepDue when it is due, or null
 * @param user who logged (or first logged) it
 */
@NamedInterface(name = "api", propagate = false)
public record InteractionRecorded(long interactionId, long cityId, Long intermediaryId, Set<Long> personIds,
		String nextStep, String nextStepAssignee, LocalDate nextStepDue, String user) {

	static InteractionRecorded of(Interaction interaction, String user) {
		return new InteractionRecorded(interaction.getId(), interaction.getCityId(), interaction.getIntermediaryId(),
				Set.copyOf(interaction.getPersonIds()), interaction.getNextStep(), interaction.getNextStepAssignee(),
				interaction.getNextStepDue(), user);
	}

}
