package org.integra.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.system.TextInput;

/**
 * What an event must hold to be saved, in plain Java: each problem names the field and
 * the message key of its explanation ({@code events.event.<field>.<problem>}).
 */
public final class EventRules {

	public static final int TITLE_MAX = 200;

	public static final int DESCRIPTION_MAX = 5000;

	public static final int THEME_MAX = 200;

	public static final int VENUE_MAX = 300;

	public static final int LINK_MAX = 500;

	public static final int CAPACITY_MAX = 100_000;

	private EventRules() {
	}

	/** The form with its texts stripped, blanks as absent. */
	public static EventForm cleaned(EventForm form) {
		form.setTitleEs(clean(form.getTitleEs()));
		form.setTitlePt(clean(form.getTitlePt()));
		form.setTitleEn(clean(form.getTitleEn()));
		form.setDescriptionEs(clean(form.getDescriptionEs()));
		form.setDescriptionPt(clean(form.getDescriptionPt()));
		form.setDescriptionEn(clean(form.getDescriptionEn()));
		form.setTheme(clean(form.getTheme()));
		form.setTimeZone(clean(form.getTimeZone()));
		form.setVenue(clean(form.getVenue()));
		form.setOnlineLink(clean(form.getOnlineLink()));
		return form;
	}

	/** Every problem of the (cleaned) form, as field and message key; empty when none. */
	public static List<Map.Entry<String, String>> problems(EventForm form) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		required(problems, "kind", form.getKind());
		line(problems, "titleEs", form.getTitleEs(), TITLE_MAX, true);
		line(problems, "titlePt", form.getTitlePt(), TITLE_MAX, true);
		line(problems, "titleEn", form.getTitleEn(), TITLE_MAX, false);
		text(problems, "descriptionEs", form.getDescriptionEs());
		text(problems, "descriptionPt", form.getDescriptionPt());
		text(problems, "descriptionEn", form.getDescriptionEn());
		line(problems, "theme", form.getTheme(), THEME_MAX, false);
		required(problems, "startsAt", form.getStartsAt());
		required(problems, "endsAt", form.getEndsAt());
		if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())) {
			problems.add(Map.entry("endsAt", "events.event.endsAt.beforeStart"));
		}
		if (form.getTimeZone() == null) {
			problems.add(Map.entry("timeZone", "events.event.timeZone.required"));
		}
		else if (!validZone(form.getTimeZone())) {
			problems.add(Map.entry("timeZone", "events.event.timeZone.unknown"));
		}
		required(problems, "format", form.getFormat());
		if (form.getFormat() != null && form.getFormat().hasVenue()) {
			line(problems, "venue", form.getVenue(), VENUE_MAX, true);
			required(problems, "cityId", form.getCityId());
		}
		else {
			line(problems, "venue", form.getVenue(), VENUE_MAX, false);
		}
		if (form.getFormat() != null && form.getFormat().hasLink() && form.getOnlineLink() == null) {
			problems.add(Map.entry("onlineLink", "events.event.onlineLink.required"));
		}
		if (form.getOnlineLink() != null && !webAddress(form.getOnlineLink())) {
			problems.add(Map.entry("onlineLink", "events.event.onlineLink.invalid"));
		}
		if (form.getCapacity() != null && (form.getCapacity() < 1 || form.getCapacity() > CAPACITY_MAX)) {
			problems.add(Map.entry("capacity", "events.event.capacity.outOfRange"));
		}
		if (form.getAnswerDeadline() != null && form.getStartsAt() != null
				&& form.getAnswerDeadline().isAfter(form.getStartsAt().toLocalDate())) {
			problems.add(Map.entry("answerDeadline", "events.event.answerDeadline.afterStart"));
		}
		return problems;
	}

	/** Whether the text is a web address people can open: http or https, with a host. */
	static boolean webAddress(String text) {
		if (text.length() > LINK_MAX || text.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean validZone(String zone) {
		try {
			ZoneId.of(zone);
			return zone.length() <= 60;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static void required(List<Map.Entry<String, String>> problems, String field, Object value) {
		if (value == null) {
			problems.add(Map.entry(field, "events.event." + field + ".required"));
		}
	}

	private static void line(List<Map.Entry<String, String>> problems, String field, String value, int max,
			boolean required) {
		if (value == null) {
			if (required) {
				problems.add(Map.entry(field, "events.event." + field + ".required"));
			}
		}
		else if (value.length() > max) {
			problems.add(Map.entry(field, "events.event." + field + ".tooLong"));
		}
		else if (!TextInput.isSingleLine(value)) {
			problems.add(Map.entry(field, "events.event.singleLine"));
		}
	}

	private static void text(List<Map.Entry<String, String>> problems, String field, String value) {
		if (value != null && value.length() > DESCRIPTION_MAX) {
			problems.add(Map.entry(field, "events.event.description.tooLong"));
		}
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(text).strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
