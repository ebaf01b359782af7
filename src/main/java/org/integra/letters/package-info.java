/**
 * Letters and e-mails from templates in Spanish, Portuguese and English: templates with
 * fields filled from the records (city, country, contact, mentor city, sender, date),
 * composed for a candidate's contact, downloaded as a PDF or queued in the outbox, and
 * logged as an interaction on the city.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Letters")
package org.integra.letters;
