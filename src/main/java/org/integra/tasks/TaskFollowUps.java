package org.integra.tasks;

import java.time.Clock;

import org.integra.directory.OrganizationsMerged;
import org.integra.directory.PeopleMerged;
import org.integra.outreach.InteractionRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules' events do to tasks: the next step of an interaction becomes its
 * task, and merged organizations and people keep their tasks. Each runs synchronously in
 * the publisher's transaction (see the package documentation).
 */
@Component
class TaskFollowUps {

	private final TaskRepository tasks;

	private final Clock clock;

	TaskFollowUps(TaskRepository tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * The next step of a logged or corrected interaction becomes (or updates) its task; a
	 * task already closed is left as it is.
	 */
	@EventListener
	@Transactional
	void on(InteractionRecorded event) {
		if (event.nextStep() == null || event.nextStepAssignee() == null) {
			return;
		}
		Long person = event.personIds().stream().min(Long::compare).orElse(null);
		TaskDraft draft = new TaskDraft(event.nextStep(), null, event.nextStepAssignee(), event.nextStepDue(),
				event.cityId(), event.intermediaryId(), person, null);
		this.tasks.findByInteractionId(event.interactionId()).ifPresentOrElse((task) -> {
			// a correction updates what the interaction says; what was added on the task
			// stays
			if (task.getStatus() == TaskStatus.OPEN) {
				task.apply(new TaskDraft(draft.title(), task.getDescription(), draft.assignee(), draft.dueOn(),
						draft.cityId(), draft.organizationId(), draft.personId(), task.getEventId()));
			}
		}, () -> this.tasks.save(new Task(draft, event.interactionId(), event.user(), this.clock.instant())));
	}

	@EventListener
	@Transactional
	void on(OrganizationsMerged event) {
		this.tasks.findByOrganizationId(event.mergedId())
			.forEach((task) -> task.relink(event.keptId(), task.getPersonId()));
	}

	@EventListener
	@Transactional
	void on(PeopleMerged event) {
		this.tasks.findByPersonId(event.mergedId())
			.forEach((task) -> task.relink(task.getOrganizationId(), event.keptId()));
	}

}
