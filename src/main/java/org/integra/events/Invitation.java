package org.integra.events;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;

/**
 * A personal invitation to an event: for one person (of the directory, or someone who
 * asked through a forwarded link), answered through their own link or recorded by staff.
 */
@Entity
@Table(name = "event_invitation")
@Audited(value = "Invitation", label = "inviteeName")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "city_id")
	private Long cityId;

	@Column(name = "invitee_name", nullable = false)
	private String inviteeName;

	@Column(name = "organization_name")
	private String organizationName;

	@Column(nullable = false)
	private String email;

	@AuditIgnored
	@Column(name = "email_key", nullable = false)
	private String emailKey;

	@Column(nullable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InvitationStatus status;

	@Column(name = "party_size")
	private Integer partySize;

	private String note;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "answered_by")
	private String answeredBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "answered_via")
	private AnswerChannel answeredVia;

	@Column(name = "waitlisted_at")
	private Instant waitlistedAt;

	@AuditIgnored
	@Column(name = "device_hash")
	private String deviceHash;

	@AuditIgnored
	@Column(name = "relinked_at")
	private Instant relinkedAt;

	@Column(name = "requested_via_id")
	private Long requestedViaId;

	@Enumerated(EnumType.STRING)
	private SuggestionReason reason;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@AuditIgnored
	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(long eventId, Invitee invitee, InvitationStatus status, SuggestionReason reason, String createdBy,
			Instant now) {
		this.eventId = eventId;
		this.personId = invitee.personId();
		this.cityId = invitee.cityId();
		this.inviteeName = invitee.name();
		this.organizationName = invitee.organizationName();
		this.email = invitee.email();
		this.emailKey = emailKey(invitee.email());
		this.language = invitee.language();
		this.status = status;
		this.reason = reason;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** The address as compared: trimmed and in lower case. */
	static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** Sent (again) with a new link: the browser the link was bound to lapses. */
	void sent(Instant now) {
		this.deviceHash = null;
		if (this.status == InvitationStatus.REQUESTED) {
			this.status = InvitationStatus.SENT;
		}
		if (this.sentAt == null) {
			this.sentAt = now;
		}
	}

	/**
	 * A fresh link to the invitee's own address: the browser that held the old one
	 * lapses.
	 */
	void relinked(Instant now) {
		this.deviceHash = null;
		this.relinkedAt = now;
	}

	/** The link was opened in a browser, which from now on is the invitee's. */
	void boundTo(String deviceHash, Instant now) {
		this.deviceHash = deviceHash;
		if (this.openedAt == null) {
			this.openedAt = now;
		}
	}

	void answered(InvitationStatus status, Integer party, String note, AnswerChannel via, String by, Instant now) {
		if (status == InvitationStatus.WAITLISTED && this.status != InvitationStatus.WAITLISTED) {
			this.waitlistedAt = now;
		}
		this.status = status;
		this.partySize = (status == InvitationStatus.DECLINED) ? null : party;
		this.note = note;
		this.answeredVia = via;
		this.answeredBy = by;
		this.answeredAt = now;
	}

	/** A seat was freed for it on the waiting list. */
	void promoted() {
		this.status = InvitationStatus.ACCEPTED;
		this.waitlistedAt = null;
	}

	void withdrawn() {
		this.status = InvitationStatus.WITHDRAWN;
		this.deviceHash = null;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	/** The person was merged into another, or the city is deleted. */
	void relink(Long personId, Long cityId) {
		this.personId = personId;
		this.cityId = cityId;
	}

	/** The seats it holds: its party when accepted. */
	public int seats() {
		return (this.status == InvitationStatus.ACCEPTED && this.partySize != null) ? this.partySize : 0;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public String getInviteeName() {
		return this.inviteeName;
	}

	public String getOrganizationName() {
		return this.organizationName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getLanguage() {
		return this.language;
	}

	public InvitationStatus getStatus() {
		return this.status;
	}

	public Integer getPartySize() {
		return this.partySize;
	}

	public String getNote() {
		return this.note;
	}

	public AnswerChannel getAnsweredVia() {
		return this.answeredVia;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	String getDeviceHash() {
		return this.deviceHash;
	}

	public Instant getRelinkedAt() {
		return this.relinkedAt;
	}

	public Long getRequestedViaId() {
		return this.requestedViaId;
	}

	void setRequestedViaId(Long requestedViaId) {
		this.requestedViaId = requestedViaId;
	}

	public SuggestionReason getReason() {
		return this.reason;
	}

	public long getVersion() {
		return this.version;
	}

}
