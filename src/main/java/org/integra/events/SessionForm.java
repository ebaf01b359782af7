package org.integra.events;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a coordinator types for a session of the agenda; start and end are local times in
 * the event's time zone. Speakers are people of the directory (by id) followed by those
 * typed in by name and organisation.
 */
public class SessionForm extends TitledForm {

	/** The fields a request may bind. */
	public static final List<String> FIELDS = List.of("titleEs", "titlePt", "titleEn", "startsAt", "endsAt", "room",
			"speakerIds", "guests", "version");

	/**
	 * The binder's patterns: the fields, and each typed speaker's name and organisation.
	 */
	public static final List<String> BINDABLE = List.of("titleEs", "titlePt", "titleEn", "startsAt", "endsAt", "room",
			"speakerIds", "guests[*].name", "guests[*].organization", "version");

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime startsAt;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime endsAt;

	private String room;

	private List<Long> speakerIds = new ArrayList<>();

	private List<Guest> guests = new ArrayList<>();

	private Long version;

	/** The form of a stored session, to edit it. */
	public static SessionForm of(EventSession session, ZoneId zone) {
		SessionForm form = new SessionForm();
		form.setTitles(session.getTitle());
		form.startsAt = session.localStart(zone);
		form.endsAt = session.localEnd(zone);
		form.room = session.getRoom();
		for (SessionSpeaker speaker : session.getSpeakers()) {
			if (speaker.getPersonId() != null) {
				form.speakerIds.add(speaker.getPersonId());
			}
			else {
				form.guests.add(new Guest(speaker.getName(), speaker.getOrganization()));
			}
		}
		form.version = session.getVersion();
		return form;
	}

	/** The speakers in order: the people of the directory, then those typed in. */
	List<SessionSpeaker> speakers() {
		List<SessionSpeaker> speakers = new ArrayList<>();
		this.speakerIds.stream().distinct().forEach((id) -> speakers.add(SessionSpeaker.person(id)));
		for (Guest guest : this.guests) {
			if (guest.getName() != null) {
				speakers.add(SessionSpeaker.typed(guest.getName(), guest.getOrganization()));
			}
		}
		return speakers;
	}

	/** A few empty rows after the typed speakers, for the page to offer. */
	public SessionForm withBlankGuests(int count) {
		for (int i = 0; i < count; i++) {
			this.guests.add(new Guest(null, null));
		}
		return this;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getRoom() {
		return this.room;
	}

	public void setRoom(String room) {
		this.room = room;
	}

	public List<Long> getSpeakerIds() {
		return this.speakerIds;
	}

	public void setSpeakerIds(List<Long> speakerIds) {
		this.speakerIds = (speakerIds != null) ? new ArrayList<>(speakerIds) : new ArrayList<>();
	}

	public List<Guest> getGuests() {
		return this.guests;
	}

	public void setGuests(List<Guest> guests) {
		this.guests = (guests != null) ? new ArrayList<>(guests) : new ArrayList<>();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** A speaker typed in: a name and, if known, an organisation. */
	public static class Guest {

		private String name;

		private String organization;

		public Guest() {
		}

		public Guest(String name, String organization) {
			this.name = name;
			this.organization = organization;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOrganization() {
			return this.organization;
		}

		public void setOrganization(String organization) {
			this.organization = organization;
		}

	}

}
