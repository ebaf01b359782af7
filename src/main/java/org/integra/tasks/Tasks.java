package org.integra.tasks;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.integra.outreach.InteractionRecorded;
import org.integra.system.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks: created on their own or from the next step of an interaction.
 */
@Service
public class Tasks {

	private final TaskRepository tasks;

	private final Clock clock;

	Tasks(TaskRepository tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Task get(long id) {
		return this.tasks.findById(id).orElseThrow(() -> new NotFoundException("tasks.task.not-found", id));
	}

	/** A user's open tasks, the earliest due first, those without a date last. */
	@Transactional(readOnly = true)
	public List<Task> openAssignedTo(String username) {
		return this.tasks.findByAssigneeAndStatusOrderByDueOnAscIdAsc(username, TaskStatus.OPEN)
			.stream()
			.sorted(Comparator.comparing(Task::getDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * The next step of a logged or corrected interaction becomes (or updates) its task; a
	 * task already closed is left as it is.
	 */
	@EventListener
	@Transactional
	public void on(InteractionRecorded event) {
		if (event.nextStep() == null || event.nextStepAssignee() == null) {
			return;
		}
		Long person = event.personIds().stream().min(Long::compare).orElse(null);
		TaskDraft draft = new TaskDraft(event.nextStep(), null, event.nextStepAssignee(), event.nextStepDue(),
				event.cityId(), event.intermediaryId(), person, null);
		this.tasks.findByInteractionId(event.interactionId()).ifPresentOrElse((task) -> {
			if (task.getStatus() == TaskStatus.OPEN) {
				task.apply(draft);
			}
		}, () -> this.tasks.save(new Task(draft, event.interactionId(), event.user(), this.clock.instant())));
	}

}
