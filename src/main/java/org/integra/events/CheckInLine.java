package org.integra.events;

/**
 * What the check-in list needs of an invitation, read without the rest of it.
 *
 * @param id the invitation
 * @param inviteeName who
 * @param organizationName from where, if known
 * @param cityId their city, if known
 */
record CheckInLine(long id, String inviteeName, String organizationName, Long cityId) {
}
