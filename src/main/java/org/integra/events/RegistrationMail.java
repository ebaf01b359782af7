package org.integra.events;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutgoingMessage;
import org.integra.system.BaseUrl;
import org.integra.system.CalendarEvent;
import org.integra.system.CalendarMethod;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of public registrations, in the registrant's language, queued in the outbox:
 * the link that confirms their address, and then the confirmation with the event as an
 * {@code .ics} file.
 */
@Component
class RegistrationMail {

	private final Outbox outbox;

	private final MessageSource messages;

	private final BaseUrl baseUrl;

	private final EventCalendar calendar;

	RegistrationMail(Outbox outbox, MessageSource messages, BaseUrl baseUrl, EventCalendar calendar) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.calendar = calendar;
	}

	/** The link to confirm the address. */
	void sendAddressCheck(Registration registration, Event event, String token) {
		queue("events.mail.registrationCheck", registration, event, this.baseUrl.of("/registrations/" + token), false);
	}

	/** The registration is confirmed: the event, with its calendar file. */
	void sendConfirmation(Registration registration, Event event) {
		queue("events.mail.registrationConfirmed", registration, event,
				this.baseUrl.of("/events/" + event.getId() + "/register"), true);
	}

	private void queue(String key, Registration registration, Event event, String link, boolean calendar) {
		Locale locale = Locale.forLanguageTag(registration.getLanguage());
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(event.localStart().atZone(event.zone()));
		Object[] arguments = { registration.getName(), event.title(locale), when, place(event, locale), link };
		OutgoingMessage message = new OutgoingMessage(MessageKind.EMAIL, registration.getEmail(),
				registration.getName(), this.messages.getMessage(key + ".subject", arguments, locale),
				this.messages.getMessage(key + ".body", arguments, locale), registration.getLanguage(),
				"registration:" + registration.getId());
		if (calendar) {
			message = message.withAttachments(this.calendar.attachment(event, CalendarMethod.PUBLISH, locale,
					new CalendarEvent.Person(registration.getName(), registration.getEmail()), null));
		}
		this.outbox.queue(message, "system");
	}

	private String place(Event event, Locale locale) {
		return (event.getVenue() != null) ? event.getVenue()
				: this.messages.getMessage("events.format." + event.getFormat().name(), null, locale);
	}

}
