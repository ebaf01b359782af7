package org.integra.outreach;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What a user enters to log (or correct) an interaction with a candidate city.
 *
 * @param cityId the candidate city
 * @param occurredOn when it happened; not in the future
 * @param kind meeting, call, e-mail…
 * @param channel the route used
 * @param intermediaryId the organization that carried it (network, embassy, body), if any
 * @param mentorCityId the mentor city, for the mentor-city channel
 * @param personIds the people present or addressed
 * @param summary what was said or done
 * @param outcome what came of it, if anything yet
 * @param interest how interested the city showed itself
 * @param nextStep the next step, if one was agreed
 * @param nextStepAssignee the username responsible for the next step
 * @param nextStepDue when the next step is due
 */
@NamedInterface(name = "api", propagate = false)
public record InteractionDraft(long cityId, LocalDate occurredOn, InteractionKind kind, Channel channel,
		Long intermediaryId, Long mentorCityId, Set<Long> personIds, String summary, String outcome,
		InterestLevel interest, String nextStep, String nextStepAssignee, LocalDate nextStepDue) {

	public InteractionDraft {
		personIds = (personIds == null) ? Set.of() : Set.copyOf(personIds);
	}

}
