package org.integra.tasks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's private iCalendar feed. Only the SHA-256 hash of its secret token is kept; the
 * URL is shown once, when it is created.
 */
@Entity
@Table(name = "task_calendar_feed")
public class CalendarFeed {

	@Id
	private String username;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	protected CalendarFeed() {
	}

	CalendarFeed(String username, String tokenHash, Instant createdAt) {
		this.username = username;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	void replace(String tokenHash, Instant now) {
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.lastUsedAt = null;
	}

	void markUsed(Instant now) {
		this.lastUsedAt = now;
	}

	public String getUsername() {
		return this.username;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

}
