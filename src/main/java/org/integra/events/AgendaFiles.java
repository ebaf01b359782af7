package org.integra.events;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.cities.CitySummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's agenda as a PDF to download, in Spanish or Portuguese, with its file name.
 */
@Service
@Transactional(readOnly = true)
public class AgendaFiles {

	private final Events events;

	private final Agendas agendas;

	private final Showcases showcases;

	private final MessageSource messages;

	AgendaFiles(Events events, Agendas agendas, Showcases showcases, MessageSource messages) {
		this.events = events;
		this.agendas = agendas;
		this.showcases = showcases;
		this.messages = messages;
	}

	/** The language of the PDF asked for: Portuguese when asked, Spanish otherwise. */
	public static Locale language(String asked) {
		return "pt".equals(asked) ? Locale.forLanguageTag("pt") : Locale.forLanguageTag("es");
	}

	/** The event's agenda and showcase as a PDF in that language. */
	public byte[] pdf(Event event, Locale locale) {
		List<EventSession> sessions = this.agendas.sessions(event.getId());
		Map<Long, List<SpeakerView>> speakers = this.agendas.speakers(sessions);
		List<AgendaPdf.Row> rows = new ArrayList<>();
		for (EventSession session : sessions) {
			rows.add(new AgendaPdf.Row(Agendas.times(session, event.zone(), locale), session.title(locale),
					session.getRoom(), speakers.get(session.getId()).stream().map(SpeakerView::text).toList()));
		}
		return AgendaPdf.render(locale.getLanguage(), (key) -> this.messages.getMessage(key, null, locale),
				event.title(locale), when(event, locale), place(event), rows,
				this.showcases.forEvent(event.getId(), locale));
	}

	/**
	 * A file name for the PDF, in plain ASCII: the title's words, the id and language.
	 */
	public String fileName(Event event, Locale locale) {
		String ascii = Normalizer.normalize(event.title(locale), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-|-$)", "")
			.toLowerCase(Locale.ROOT);
		if (ascii.length() > 60) {
			ascii = ascii.substring(0, 60).replaceAll("-$", "");
		}
		return "agenda-" + (ascii.isEmpty() ? "event" : ascii) + "-" + event.getId() + "-" + locale.getLanguage()
				+ ".pdf";
	}

	private String when(Event event, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		String text = date.format(event.localStart()) + " " + time.format(event.localStart()) + "–";
		text += event.localStart().toLocalDate().equals(event.localEnd().toLocalDate()) ? time.format(event.localEnd())
				: date.format(event.localEnd()) + " " + time.format(event.localEnd());
		text += " (" + event.getTimeZone() + ")";
		if (event.isDateTentative()) {
			text += " — " + this.messages.getMessage("events.event.tentative", null, locale);
		}
		return text;
	}

	private String place(Event event) {
		List<String> parts = new ArrayList<>();
		if (event.getFormat().hasVenue()) {
			if (event.getVenue() != null) {
				parts.add(event.getVenue());
			}
			this.events.city(event).map(CitySummary::name).ifPresent(parts::add);
		}
		if (event.getOnlineLink() != null) {
			parts.add(event.getOnlineLink());
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

}
