package org.integra.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.integra.system.TextInput;

/**
 * What a session of an agenda must hold, in plain Java: a title in Spanish and
 * Portuguese, an end after its start, both within the event, and no other session in the
 * same room at the same time (sessions that only touch, one ending when the next starts,
 * do not overlap; rooms are compared ignoring case and repeated spaces; sessions without
 * a room are not compared). Each problem names the field and the message key of its
 * explanation.
 */
public final class AgendaRules {

	public static final int TITLE_MAX = 200;

	public static final int ROOM_MAX = 100;

	public static final int NAME_MAX = 200;

	public static final int SPEAKERS_MAX = 20;

	private AgendaRules() {
	}

	/**
	 * A session's place in time and room, for the overlap rule.
	 *
	 * @param id the session, null for one not yet stored
	 * @param roomKey its room as compared ({@link #roomKey}), null for none
	 * @param start when it starts
	 * @param end when it ends
	 */
	public record Slot(Long id, String roomKey, Instant start, Instant end) {

	}

	/**
	 * The form with its texts stripped, blanks as absent, blank typed speakers dropped.
	 */
	public static SessionForm cleaned(SessionForm form) {
		form.setTitleEs(clean(form.getTitleEs()));
		form.setTitlePt(clean(form.getTitlePt()));
		form.setTitleEn(clean(form.getTitleEn()));
		form.setRoom(clean(form.getRoom()));
		form.getSpeakerIds().removeIf((id) -> id == null);
		List<SessionForm.Guest> guests = new ArrayList<>();
		for (SessionForm.Guest guest : form.getGuests()) {
			if (guest == null) {
				continue;
			}
			String name = clean(guest.getName());
			String organization = clean(guest.getOrganization());
			if (name != null || organization != null) {
				guests.add(new SessionForm.Guest(name, organization));
			}
		}
		form.setGuests(guests);
		return form;
	}

	/**
	 * Every problem of the (cleaned) form for an event from {@code eventStart} to
	 * {@code eventEnd}, its times read in the event's zone; empty when none.
	 */
	public static List<Map.Entry<String, String>> problems(SessionForm form, Instant eventStart, Instant eventEnd,
			ZoneId zone) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		line(problems, "titleEs", form.getTitleEs(), TITLE_MAX, true);
		line(problems, "titlePt", form.getTitlePt(), TITLE_MAX, true);
		line(problems, "titleEn", form.getTitleEn(), TITLE_MAX, false);
		line(problems, "room", form.getRoom(), ROOM_MAX, false);
		if (form.getStartsAt() == null) {
			problems.add(Map.entry("startsAt", "events.session.startsAt.required"));
		}
		if (form.getEndsAt() == null) {
			problems.add(Map.entry("endsAt", "events.session.endsAt.required"));
		}
		if (form.getStartsAt() != null && form.getEndsAt() != null) {
			Instant start = form.getStartsAt().atZone(zone).toInstant();
			Instant end = form.getEndsAt().atZone(zone).toInstant();
			if (!end.isAfter(start)) {
				problems.add(Map.entry("endsAt", "events.session.endsAt.beforeStart"));
			}
			else if (start.isBefore(eventStart) || end.isAfter(eventEnd)) {
				problems.add(Map.entry("startsAt", "events.session.outsideEvent"));
			}
		}
		guests(problems, form.getGuests());
		if (form.getSpeakerIds().stream().distinct().count() + form.getGuests().size() > SPEAKERS_MAX) {
			problems.add(Map.entry("guests", "events.session.speakers.tooMany"));
		}
		return problems;
	}

	/** The first other session in the same room whose time overlaps the candidate's. */
	public static Optional<Slot> overlapping(Slot candidate, Collection<Slot> others) {
		if (candidate.roomKey() == null) {
			return Optional.empty();
		}
		return others.stream()
			.filter((other) -> candidate.id() == null || !candidate.id().equals(other.id()))
			.filter((other) -> candidate.roomKey().equals(other.roomKey()))
			.filter((other) -> candidate.start().isBefore(other.end()) && other.start().isBefore(candidate.end()))
			.min((a, b) -> a.start().compareTo(b.start()));
	}

	/** The room as compared: lower case, spaces collapsed; null for no room. */
	public static String roomKey(String room) {
		if (room == null || room.isBlank()) {
			return null;
		}
		return room.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static void guests(List<Map.Entry<String, String>> problems, List<SessionForm.Guest> guests) {
		for (SessionForm.Guest guest : guests) {
			if (guest.getName() == null) {
				problems.add(Map.entry("guests", "events.session.guest.nameRequired"));
				return;
			}
			if (guest.getName().length() > NAME_MAX
					|| (guest.getOrganization() != null && guest.getOrganization().length() > NAME_MAX)) {
				problems.add(Map.entry("guests", "events.session.guest.tooLong"));
				return;
			}
			if (!TextInput.isSingleLine(guest.getName())
					|| (guest.getOrganization() != null && !TextInput.isSingleLine(guest.getOrganization()))) {
				problems.add(Map.entry("guests", "events.session.singleLine"));
				return;
			}
		}
	}

	private static void line(List<Map.Entry<String, String>> problems, String field, String value, int max,
			boolean required) {
		if (value == null) {
			if (required) {
				problems.add(Map.entry(field, "events.session." + field + ".required"));
			}
		}
		else if (value.length() > max) {
			problems.add(Map.entry(field, "events.session." + field + ".tooLong"));
		}
		else if (!TextInput.isSingleLine(value)) {
			problems.add(Map.entry(field, "events.session.singleLine"));
		}
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(text).strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
