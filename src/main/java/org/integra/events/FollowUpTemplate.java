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

import org.integra.audit.Audited;

/**
 * A follow-up the event defines, e.g. "send thanks and the application form within 7
 * days": each candidate city checked in gets it as a task, due so many days after the
 * event, assigned by its rule.
 */
@Entity
@Table(name = "event_follow_up_template")
@Audited(value = "FollowUpTemplate", label = "text")
public class FollowUpTemplate {

	/** Who the task goes to. */
	public enum AssigneeRule {

		/** The coordinator who invited the city (the event's coordinator for others). */
		COORDINATOR,

		/** The user of the city's mentor city, else as for the coordinator. */
		MENTOR

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Column(nullable = false, updatable = false)
	private String text;

	@Column(name = "days_after", nullable = false, updatable = false)
	private int daysAfter;

	@Enumerated(EnumType.STRING)
	@Column(name = "assignee_rule", nullable = false, updatable = false)
	private AssigneeRule assigneeRule;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected FollowUpTemplate() {
	}

	FollowUpTemplate(long eventId, String text, int daysAfter, AssigneeRule assigneeRule, String user, Instant now) {
		this.eventId = eventId;
		this.text = text;
		this.daysAfter = daysAfter;
		this.assigneeRule = assigneeRule;
		this.createdBy = user;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public String getText() {
		return this.text;
	}

	public int getDaysAfter() {
		return this.daysAfter;
	}

	public AssigneeRule getAssigneeRule() {
		return this.assigneeRule;
	}

}
