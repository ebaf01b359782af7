package org.integra.tasks.web;

import java.time.LocalDate;
import java.util.List;

import org.integra.tasks.Task;
import org.integra.tasks.TaskDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The task form as the page binds it.
 */
public class TaskForm {

	static final List<String> FIELDS = List.of("title", "description", "assignee", "dueOn", "cityId", "organizationId",
			"personId", "version");

	private String title;

	private String description;

	private String assignee;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private Long cityId;

	private Long organizationId;

	private Long personId;

	private Long version;

	static TaskForm of(Task task) {
		TaskForm form = new TaskForm();
		form.title = task.getTitle();
		form.description = task.getDescription();
		form.assignee = task.getAssignee();
		form.dueOn = task.getDueOn();
		form.cityId = task.getCityId();
		form.organizationId = task.getOrganizationId();
		form.personId = task.getPersonId();
		form.version = task.getVersion();
		return form;
	}

	TaskDraft toDraft(Long eventId) {
		return new TaskDraft(this.title, this.description, this.assignee, this.dueOn, this.cityId, this.organizationId,
				this.personId, eventId);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getAssignee() {
		return this.assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public void setCityId(Long cityId) {
		this.cityId = cityId;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
