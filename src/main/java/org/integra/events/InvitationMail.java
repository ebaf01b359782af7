package org.integra.events;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutgoingMessage;
import org.integra.system.BaseUrl;
import org.integra.system.CalendarEvent;
import org.integra.system.CalendarMethod;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of invitations, in the invitee's language, queued in the outbox: the
 * invitation with its personal link, a fresh link, a reminder, and the news of a seat.
 * The invitation, the fresh link and the seat carry the event as an {@code .ics} request
 * addressed to the invitee.
 */
@Component
class InvitationMail {

	private final Outbox outbox;

	private final MessageSource messages;

	private final BaseUrl baseUrl;

	private final EventCalendar calendar;

	InvitationMail(Outbox outbox, MessageSource messages, BaseUrl baseUrl, EventCalendar calendar) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.calendar = calendar;
	}

	/** The kinds of message, each with its subject and body keys. */
	enum Kind {

		INVITATION, RELINK, REMINDER, PROMOTED;

		static final Set<Kind> WITH_CALENDAR = EnumSet.of(INVITATION, RELINK, PROMOTED);

	}

	void send(Kind kind, Invitation invitation, Event event, String token, String user) {
		Locale locale = Locale.forLanguageTag(invitation.getLanguage());
		String key = "events.mail." + kind.name().toLowerCase(Locale.ROOT);
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(event.localStart().atZone(event.zone()));
		String place = (event.getVenue() != null) ? event.getVenue()
				: this.messages.getMessage("events.format." + event.getFormat().name(), null, locale);
		String deadline = (event.getAnswerDeadline() != null)
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(event.getAnswerDeadline())
				: this.messages.getMessage("events.mail.noDeadline", null, locale);
		String link = (token != null) ? this.baseUrl.of("/invitations/" + token) : "";
		Object[] arguments = { invitation.getInviteeName(), event.title(locale), when, place, link, deadline };
		String subject = this.messages.getMessage(key + ".subject", arguments, locale);
		String body = this.messages.getMessage(key + ".body", arguments, locale);
		OutgoingMessage message = new OutgoingMessage(MessageKind.EMAIL, invitation.getEmail(),
				invitation.getInviteeName(), subject, body, invitation.getLanguage(),
				"invitation:" + invitation.getId());
		if (Kind.WITH_CALENDAR.contains(kind)) {
			message = message.withAttachments(this.calendar.attachment(event, CalendarMethod.REQUEST, locale,
					new CalendarEvent.Person(invitation.getInviteeName(), invitation.getEmail()),
					link.isEmpty() ? null : link));
		}
		this.outbox.queue(message, user);
	}

}
