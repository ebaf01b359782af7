package org.integra.letters;

import org.integra.outreach.Channel;

/**
 * What the user chose on the compose page.
 *
 * @param cityId the candidate city
 * @param templateId the template
 * @param personId the contact, if any
 * @param channel the route the letter takes
 * @param intermediaryId the organization that carries it (embassy, network), if any
 * @param mentorCityId the mentor city, for the mentor-city channel or the mentor field
 * @param note a short note for the interaction, if any
 * @param confirmMissingFields whether the user confirmed that the letter may go out with
 * fields left unfilled
 */
public record ComposeRequest(long cityId, Long templateId, Long personId, Channel channel, Long intermediaryId,
		Long mentorCityId, String note, boolean confirmMissingFields) {

	/** A request that does not confirm unfilled fields. */
	public ComposeRequest(long cityId, Long templateId, Long personId, Channel channel, Long intermediaryId,
			Long mentorCityId, String note) {
		this(cityId, templateId, personId, channel, intermediaryId, mentorCityId, note, false);
	}

}
