package org.integra.outreach;

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

import org.integra.audit.Audited;

/**
 * A city the network reaches out to, and its current stage.
 */
@Entity
@Table(name = "candidate")
@Audited(value = "Candidate", label = "cityId")
public class Candidate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "city_id", nullable = false)
	private long cityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	@Column(name = "stage_since", nullable = false)
	private Instant stageSince;

	@Version
	private long version;

	protected Candidate() {
	}

	Candidate(long cityId, Stage stage, Instant since) {
		this.cityId = cityId;
		this.stage = stage;
		this.stageSince = since;
	}

	void moveTo(Stage stage, Instant since) {
		this.stage = stage;
		this.stageSince = since;
	}

	public Long getId() {
		return this.id;
	}

	public long getCityId() {
		return this.cityId;
	}

	public Stage getStage() {
		return this.stage;
	}

	public Instant getStageSince() {
		return this.stageSince;
	}

	public long getVersion() {
		return this.version;
	}

}
