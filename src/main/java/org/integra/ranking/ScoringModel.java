package org.integra.ranking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A named scoring model; its content lives in immutable {@link ScoringModelVersion}s and
 * {@link #getCurrentNumber()} names the one in force.
 */
@Entity
@Table(name = "scoring_model")
public class ScoringModel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "current_number", nullable = false)
	private int currentNumber;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ScoringModel() {
	}

	ScoringModel(String name, String description, String createdBy, Instant createdAt) {
		this.name = name;
		this.description = description;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void rename(String name, String description) {
		this.name = name;
		this.description = description;
	}

	int nextNumber() {
		this.currentNumber++;
		return this.currentNumber;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public int getCurrentNumber() {
		return this.currentNumber;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
