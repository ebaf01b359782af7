package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;

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
import org.integra.system.SearchText;

/**
 * A task: something a user has to do by a date, about a city, organization, person or
 * event.
 */
@Entity
@Table(name = "task")
@Audited(value = "Task", label = "title")
public class Task {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(nullable = false)
	private String assignee;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TaskStatus status;

	@Column(name = "city_id")
	private Long cityId;

	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "event_id")
	private Long eventId;

	@Column(name = "interaction_id")
	private Long interactionId;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@AuditIgnored
	@Column(name = "search_text")
	private String searchText;

	@Version
	private long version;

	protected Task() {
	}

	Task(TaskDraft draft, Long interactionId, String createdBy, Instant now) {
		apply(draft);
		this.status = TaskStatus.OPEN;
		this.interactionId = interactionId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void apply(TaskDraft draft) {
		this.title = draft.title();
		this.description = draft.description();
		this.assignee = draft.assignee();
		this.dueOn = draft.dueOn();
		this.cityId = draft.cityId();
		this.organizationId = draft.organizationId();
		this.personId = draft.personId();
		this.eventId = draft.eventId();
		String folded = SearchText
			.normalize((draft.description() == null) ? draft.title() : draft.title() + " " + draft.description());
		this.searchText = (folded.length() > 4600) ? folded.substring(0, 4600) : folded;
	}

	void relink(Long organizationId, Long personId) {
		this.organizationId = organizationId;
		this.personId = personId;
	}

	void close(TaskStatus status, Instant now) {
		this.status = status;
		this.closedAt = (status == TaskStatus.OPEN) ? null : now;
	}

	/** Whether it is open and its due date has passed on the given day. */
	public boolean isOverdueOn(LocalDate today) {
		return this.status == TaskStatus.OPEN && this.dueOn != null && this.dueOn.isBefore(today);
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getAssignee() {
		return this.assignee;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getEventId() {
		return this.eventId;
	}

	public Long getInteractionId() {
		return this.interactionId;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
