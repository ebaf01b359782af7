package org.integra.events;

/**
 * Who an invitation is for.
 *
 * @param personId their record in the directory, if any
 * @param cityId the city they speak for, if any
 * @param name their name
 * @param organizationName their organisation, if known
 * @param email their e-mail address
 * @param language the language they read: es or pt (en for someone who asked in English)
 */
public record Invitee(Long personId, Long cityId, String name, String organizationName, String email, String language) {
}
