/**
 * Outgoing mail: every message (letters sent by e-mail, digests, later invitations) is
 * stored in the outbox first and delivered through SMTP by a scheduled sender.
 * <p>
 * Other modules use its {@code api} named interface: {@link Outbox} with
 * {@link OutgoingMessage}, {@link QueuedMessage} and {@link MessageKind}; the
 * {@link OutboxMessage} entity and its repository stay inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "system" })
package org.integra.mail;
