package org.integra.events;

/**
 * A thematic unit presenting at an event, as the event page, the agenda's PDF and a
 * public page show it, in one language.
 *
 * @param id the showcase entry
 * @param unitName the thematic unit's name
 * @param offer what it offers a new member
 * @param cityName the city that coordinates it, if known
 * @param contactName the person to contact, if known
 * @param contactOrganization the contact's organisation, if known
 */
public record ShowcaseItem(long id, String unitName, String offer, String cityName, String contactName,
		String contactOrganization) {

}
