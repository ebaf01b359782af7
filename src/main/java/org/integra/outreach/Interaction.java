package org.integra.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.integra.audit.Audited;

/**
 * One contact with a candidate city: when, how, through which channel and intermediary,
 * with whom, what came of it, how interested the city showed itself, and the next step.
 */
@Entity
@Table(name = "interaction")
@Audited(value = "Interaction", label = "summary")
public class Interaction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "city_id", nullable = false)
	private long cityId;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InteractionKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Column(name = "intermediary_id")
	private Long intermediaryId;

	@Column(name = "mentor_city_id")
	private Long mentorCityId;

	// loaded with the interaction, in one extra query for all interactions of a query
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "interaction_person", joinColumns = @JoinColumn(name = "interaction_id"))
	@Column(name = "person_id")
	private Set<Long> personIds = new LinkedHashSet<>();

	@Column(nullable = false)
	private String summary;

	private String outcome;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InterestLevel interest;

	@Column(name = "next_step")
	private String nextStep;

	@Column(name = "next_step_assignee")
	private String nextStepAssignee;

	@Column(name = "next_step_due")
	private LocalDate nextStepDue;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected Interaction() {
	}

	Interaction(InteractionDraft draft, String recordedBy, Instant recordedAt) {
		this.cityId = draft.cityId();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		apply(draft);
	}

	void apply(InteractionDraft draft) {
		this.occurredOn = draft.occurredOn();
		this.kind = draft.kind();
		this.channel = draft.channel();
		this.intermediaryId = draft.intermediaryId();
		this.mentorCityId = draft.mentorCityId();
		this.personIds.clear();
		this.personIds.addAll(draft.personIds());
		this.summary = draft.summary();
		this.outcome = draft.outcome();
		this.interest = draft.interest();
		this.nextStep = draft.nextStep();
		this.nextStepAssignee = draft.nextStepAssignee();
		this.nextStepDue = draft.nextStepDue();
	}

	/** Points the interaction at the record another organization was merged into. */
	void replaceIntermediary(long from, long to) {
		if (this.intermediaryId != null && this.intermediaryId == from) {
			this.intermediaryId = to;
		}
	}

	/** Points the interaction at the record another person was merged into. */
	void replacePerson(long from, long to) {
		if (this.personIds.remove(from)) {
			this.personIds.add(to);
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getCityId() {
		return this.cityId;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public InteractionKind getKind() {
		return this.kind;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public Long getIntermediaryId() {
		return this.intermediaryId;
	}

	public Long getMentorCityId() {
		return this.mentorCityId;
	}

	public Set<Long> getPersonIds() {
		return Set.copyOf(this.personIds);
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public InterestLevel getInterest() {
		return this.interest;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public String getNextStepAssignee() {
		return this.nextStepAssignee;
	}

	public LocalDate getNextStepDue() {
		return this.nextStepDue;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
