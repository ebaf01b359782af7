package org.integra.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Whether an event takes registrations through its public page; an event without a
 * setting takes none.
 */
@Entity
@Table(name = "event_registration_setting")
class RegistrationSetting {

	@Id
	@Column(name = "event_id")
	private Long eventId;

	@Column(name = "registration_open", nullable = false)
	private boolean open;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected RegistrationSetting() {
	}

	RegistrationSetting(long eventId) {
		this.eventId = eventId;
	}

	void change(boolean open, String user, Instant now) {
		this.open = open;
		this.updatedBy = user;
		this.updatedAt = now;
	}

	boolean isOpen() {
		return this.open;
	}

}
