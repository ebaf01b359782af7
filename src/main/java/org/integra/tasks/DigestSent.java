package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A digest queued in the outbox; at most one per user and local day.
 */
@Entity
@Table(name = "task_digest_sent")
class DigestSent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(name = "digest_date", nullable = false)
	private LocalDate digestDate;

	@Column(name = "task_count", nullable = false)
	private int taskCount;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	protected DigestSent() {
	}

	DigestSent(String username, LocalDate digestDate, int taskCount, Instant queuedAt) {
		this.username = username;
		this.digestDate = digestDate;
		this.taskCount = taskCount;
		this.queuedAt = queuedAt;
	}

	LocalDate getDigestDate() {
		return this.digestDate;
	}

}
