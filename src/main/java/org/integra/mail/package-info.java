/**
 * Outgoing mail: every message (letters sent by e-mail, digests, later invitations) is
 * stored in the outbox first and delivered through SMTP by a scheduled sender.
 * <p>
 * A message may carry attachments ({@link MailAttachment}: file name, content type as
 * sent, bytes), e.g. an {@code .ics} invitation written with
 * {@code system.CalendarEventWriter} and sent as {@code CalendarMethod.contentType()}; at
 * most {@value Outbox#MAX_ATTACHMENTS} and 1 MB together, refused with an
 * {@link IllegalArgumentException} when queued. They are stored with the message (table
 * {@code outbox_attachment}, deleted with it) and sent on every attempt as a
 * {@code multipart/mixed} message; a message without attachments stays a single text
 * part.
 * <p>
 * Other modules use its {@code api} named interface: {@link Outbox} with
 * {@link OutgoingMessage}, {@link MailAttachment}, {@link QueuedMessage} and
 * {@link MessageKind}; the {@link OutboxMessage} entity and its repository stay inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "system" })
package org.integra.mail;
