package org.integra.tasks;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Whether a user wants the daily digest of their tasks, from which hour of the day, and
 * the day the last one went out.
 */
@Entity
@Table(name = "task_digest_preference")
public class DigestPreference {

	/** The hour a new preference proposes. */
	public static final int DEFAULT_HOUR = 7;

	@Id
	private String username;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "send_hour", nullable = false)
	private int hour;

	@Column(name = "last_sent_on")
	private LocalDate lastSentOn;

	@Version
	private long version;

	protected DigestPreference() {
	}

	DigestPreference(String username) {
		this.username = username;
		this.hour = DEFAULT_HOUR;
	}

	void change(boolean enabled, int hour) {
		this.enabled = enabled;
		this.hour = hour;
	}

	void sentOn(LocalDate day) {
		this.lastSentOn = day;
	}

	public String getUsername() {
		return this.username;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getHour() {
		return this.hour;
	}

	public LocalDate getLastSentOn() {
		return this.lastSentOn;
	}

}
