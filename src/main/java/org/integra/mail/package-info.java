/**
 * Outgoing mail: every message (letters sent by e-mail, digests, later invitations) is
 * stored in the outbox first and delivered through SMTP by a scheduled sender.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "system" })
package org.integra.mail;
