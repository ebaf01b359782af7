package org.integra.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;
import org.integra.system.LocalizedName;

/**
 * A session of an event's agenda: a title in es/pt (en optional), a start and an end
 * within the event, a room or track, and its speakers in the order given.
 */
@Entity
@Table(name = "event_session")
@Audited(value = "EventSession", label = "title")
public class EventSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Embedded
	@AttributeOverride(name = "es", column = @Column(name = "title_es", nullable = false))
	@AttributeOverride(name = "pt", column = @Column(name = "title_pt", nullable = false))
	@AttributeOverride(name = "en", column = @Column(name = "title_en"))
	private LocalizedName title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	private String room;

	@AuditIgnored
	@Column(name = "room_key")
	private String roomKey;

	// loaded with the session, in one extra query for all sessions of a query
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "event_session_speaker", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	private List<SessionSpeaker> speakers = new ArrayList<>();

	@Version
	private long version;

	protected EventSession() {
	}

	EventSession(long eventId, SessionForm form, ZoneId zone) {
		this.eventId = eventId;
		apply(form, zone);
	}

	void apply(SessionForm form, ZoneId zone) {
		this.title = new LocalizedName(form.getTitleEs(), form.getTitlePt(), form.getTitleEn());
		this.startsAt = form.getStartsAt().atZone(zone).toInstant();
		this.endsAt = form.getEndsAt().atZone(zone).toInstant();
		this.room = form.getRoom();
		this.roomKey = AgendaRules.roomKey(form.getRoom());
		List<SessionSpeaker> given = form.speakers();
		if (!given.equals(this.speakers)) {
			this.speakers.clear();
			this.speakers.addAll(given);
		}
	}

	/** Points the speakers who were the merged-away person at the person kept. */
	boolean relinkSpeaker(long mergedId, long keptId) {
		boolean changed = false;
		for (int i = 0; i < this.speakers.size(); i++) {
			SessionSpeaker speaker = this.speakers.get(i);
			if (speaker.getPersonId() != null && speaker.getPersonId() == mergedId) {
				this.speakers.set(i, speaker.withPerson(keptId));
				changed = true;
			}
		}
		return changed;
	}

	/** The session as a slot of the overlap and bounds rules. */
	AgendaRules.Slot slot() {
		return new AgendaRules.Slot(this.id, this.roomKey, this.startsAt, this.endsAt);
	}

	public String title(Locale locale) {
		return this.title.name(locale);
	}

	public LocalDateTime localStart(ZoneId zone) {
		return LocalDateTime.ofInstant(this.startsAt, zone);
	}

	public LocalDateTime localEnd(ZoneId zone) {
		return LocalDateTime.ofInstant(this.endsAt, zone);
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public LocalizedName getTitle() {
		return this.title;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getRoom() {
		return this.room;
	}

	public List<SessionSpeaker> getSpeakers() {
		return List.copyOf(this.speakers);
	}

	public long getVersion() {
		return this.version;
	}

}
