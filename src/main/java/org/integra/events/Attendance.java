package org.integra.events;

import java.time.Instant;

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
 * A person's attendance at an event: what brought them (an invitation, later a public
 * registration, or nothing for a walk-in), and whether and when they were checked in. An
 * undone check-in keeps the row, so that its follow-up is not done twice.
 */
@Entity
@Table(name = "event_attendance")
@Audited(value = "Attendance", label = "attendeeName")
public class Attendance {

	/** What brought the person to the event. */
	public enum Source {

		INVITATION, REGISTRATION, WALK_IN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Source source;

	@Column(name = "invitation_id", updatable = false)
	private Long invitationId;

	@Column(name = "registration_id", updatable = false)
	private Long registrationId;

	@Column(name = "attendee_name", nullable = false)
	private String attendeeName;

	@Column(name = "organization_name")
	private String organizationName;

	@Column(name = "city_name")
	private String cityName;

	private String email;

	@Column(nullable = false)
	private String language;

	@Column(name = "checked_in_at")
	private Instant checkedInAt;

	@Column(name = "checked_in_by")
	private String checkedInBy;

	@AuditIgnored
	@Column(name = "followed_up_at")
	private Instant followedUpAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Attendance() {
	}

	private Attendance(long eventId, Source source, Long invitationId, String name, String organization, String city,
			String email, String language, String user, Instant now) {
		this.eventId = eventId;
		this.source = source;
		this.invitationId = invitationId;
		this.attendeeName = name;
		this.organizationName = organization;
		this.cityName = city;
		this.email = email;
		this.language = language;
		this.createdBy = user;
		this.createdAt = now;
	}

	/** The attendance of an invitee, not checked in yet. */
	static Attendance ofInvitation(Invitation invitation, String cityName, String user, Instant now) {
		return new Attendance(invitation.getEventId(), Source.INVITATION, invitation.getId(),
				invitation.getInviteeName(), invitation.getOrganizationName(), cityName, invitation.getEmail(),
				invitation.getLanguage(), user, now);
	}

	/** The attendance of a public registrant, not checked in yet. */
	static Attendance ofRegistration(Registration registration, String user, Instant now) {
		Attendance attendance = new Attendance(registration.getEventId(), Source.REGISTRATION, null,
				registration.getName(), registration.getOrganizationName(), registration.getCityName(),
				registration.getEmail(), "pt".equals(registration.getLanguage()) ? "pt" : "es", user, now);
		attendance.registrationId = registration.getId();
		return attendance;
	}

	/** Someone who came without an invitation, checked in as they are added. */
	static Attendance walkIn(long eventId, AttendanceRules.WalkIn walkIn, String user, Instant now) {
		Attendance attendance = new Attendance(eventId, Source.WALK_IN, null, walkIn.name(), walkIn.organization(),
				walkIn.city(), walkIn.email(), walkIn.language(), user, now);
		attendance.checkIn(user, now);
		return attendance;
	}

	void checkIn(String user, Instant now) {
		this.checkedInAt = now;
		this.checkedInBy = user;
	}

	void undo() {
		this.checkedInAt = null;
		this.checkedInBy = null;
	}

	void followedUp(Instant now) {
		this.followedUpAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public Source getSource() {
		return this.source;
	}

	public Long getInvitationId() {
		return this.invitationId;
	}

	public Long getRegistrationId() {
		return this.registrationId;
	}

	public String getAttendeeName() {
		return this.attendeeName;
	}

	public String getOrganizationName() {
		return this.organizationName;
	}

	public String getCityName() {
		return this.cityName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getLanguage() {
		return this.language;
	}

	public boolean isCheckedIn() {
		return this.checkedInAt != null;
	}

	public Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	public String getCheckedInBy() {
		return this.checkedInBy;
	}

	public Instant getFollowedUpAt() {
		return this.followedUpAt;
	}

	public long getVersion() {
		return this.version;
	}

}
