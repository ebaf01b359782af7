package org.integra.tasks.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;
import org.integra.tasks.Task;
import org.integra.tasks.TaskDraft;
import org.integra.tasks.TaskQuery;
import org.integra.tasks.TaskStatus;
import org.integra.tasks.Tasks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks",
		description = "Follow-up with an assignee, a due date and a status, linked to a city, organization or person; "
				+ "a mentor sees and changes only the tasks about the candidates assigned to their city and the "
				+ "tasks assigned to them")
class TaskApiController {

	record TaskDto(long id, String title, String description, String assignee, LocalDate dueOn, TaskStatus status,
			boolean overdue, Long cityId, Long organizationId, Long personId, Long eventId, Long interactionId,
			String createdBy, Instant createdAt, Instant closedAt, long version) {

		static TaskDto of(Task t, LocalDate today) {
			return new TaskDto(t.getId(), t.getTitle(), t.getDescription(), t.getAssignee(), t.getDueOn(),
					t.getStatus(), t.isOverdueOn(today), t.getCityId(), t.getOrganizationId(), t.getPersonId(),
					t.getEventId(), t.getInteractionId(), t.getCreatedBy(), t.getCreatedAt(), t.getClosedAt(),
					t.getVersion());
		}

	}

	/**
	 * A task as entered; the due date as {@code yyyy-MM-dd}; {@code version} only when
	 * changing, as read.
	 */
	record TaskBody(String title, String description, String assignee, LocalDate dueOn, Long cityId,
			Long organizationId, Long personId, Long version) {
	}

	/** A status change: OPEN, DONE or CANCELLED; {@code version} as read, optional. */
	record StatusBody(String status, Long version) {
	}

	private final Tasks tasks;

	TaskApiController(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(summary = "Tasks, the earliest due first, optionally filtered",
			description = "Filters: assignee (username), status (OPEN, DONE, CANCELLED), city (id), dueAfter and "
					+ "dueBefore (yyyy-MM-dd, inclusive), overdue=true for open tasks past their date, q for words "
					+ "of the title or description (accents and case ignored). 400 for an unknown status.")
	ApiPage<TaskDto> list(@RequestParam(required = false) String assignee,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long city,
			@RequestParam(required = false) LocalDate dueAfter, @RequestParam(required = false) LocalDate dueBefore,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		TaskStatus statusValue = null;
		if (status != null && !status.isBlank()) {
			statusValue = TaskParams.status(status);
			if (statusValue == null) {
				throw new ValidationFailedException("status", "tasks.api.unknownStatus");
			}
		}
		int pageSize = Math.min(500, Math.max(1, size));
		int number = Math.min(100_000, Math.max(0, page));
		Page<Task> found = this.tasks.search(
				new TaskQuery((assignee == null || assignee.isBlank()) ? null : assignee.strip(), statusValue, city,
						dueAfter, dueBefore, overdue, q),
				PageRequest.of(number, pageSize, TeamTasksController.sortOf("due")));
		LocalDate today = this.tasks.today();
		return ApiPage.of(found, (t) -> TaskDto.of(t, today));
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "One task", description = "404 when it does not exist or is outside a mentor's scope.")
	TaskDto show(@PathVariable long id) {
		return TaskDto.of(this.tasks.visible(id), this.tasks.today());
	}

	@PostMapping
	@Operation(summary = "Create a task",
			description = "201 with the task and its Location. 400 problem naming each refused field (title "
					+ "missing or longer than 500 characters, description longer than 4000, assignee not an "
					+ "active user, a linked city, organization or person that does not exist); 404 when a "
					+ "mentor names a city, organization or person outside their scope.")
	ResponseEntity<TaskDto> create(@RequestBody(required = false) TaskBody body, Authentication user) {
		Task created = this.tasks.create(draft(body, null), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.getId()))
			.body(TaskDto.of(created, this.tasks.today()));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Change a task",
			description = "Send every field again with the version as read. 400 problem naming each refused field; "
					+ "404 when it does not exist or is outside a mentor's scope; 409 when version is not the "
					+ "current version.")
	TaskDto update(@PathVariable long id, @RequestBody(required = false) TaskBody body) {
		Task task = this.tasks.visible(id);
		if (body == null || body.version() == null) {
			throw new ValidationFailedException("version", "tasks.api.versionRequired");
		}
		return TaskDto.of(this.tasks.update(id, body.version(), draft(body, task.getEventId())), this.tasks.today());
	}

	@PostMapping("/{id:\\d+}/status")
	@Operation(summary = "Close a task as DONE or CANCELLED, or reopen it (OPEN)",
			description = "400 for an unknown status or a change that is not allowed (only open tasks close, only "
					+ "closed tasks reopen); 404 when it does not exist or is outside a mentor's scope; 409 when a "
					+ "version is sent and is not the current version.")
	TaskDto changeStatus(@PathVariable long id, @RequestBody(required = false) StatusBody body) {
		this.tasks.visible(id);
		TaskStatus status = (body == null) ? null : TaskParams.status(body.status());
		if (status == null) {
			throw new ValidationFailedException("status", "tasks.api.unknownStatus");
		}
		return TaskDto.of(this.tasks.changeStatus(id, status, body.version()), this.tasks.today());
	}

	private static TaskDraft draft(TaskBody body, Long eventId) {
		if (body == null) {
			return new TaskDraft(null, null, null, null, null, null, null, eventId);
		}
		return new TaskDraft(body.title(), body.description(), body.assignee(), body.dueOn(), body.cityId(),
				body.organizationId(), body.personId(), eventId);
	}

}
