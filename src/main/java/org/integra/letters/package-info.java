/**
 * Letters and e-mails from templates in Spanish, Portuguese and English: templates with
 * fields filled from the records (city, country, contact, mentor city, sender, date),
 * composed for a candidate's contact, downloaded as a PDF or queued in the outbox, and
 * logged as an interaction on the city.
 * <p>
 * Uses only the {@code api} named interfaces of the modules it reads and writes through:
 * the cities, the directory, the users, the outreach ({@code CandidateOutreach}) and the
 * outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Letters", allowedDependencies = { "accounts::api",
		"audit", "cities::api", "directory::api", "mail::api", "outreach::api", "system" })
package org.integra.letters;
