package org.integra.tasks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integra.system.TaskSummaries;
import org.integra.system.TaskSummary;
import org.integra.system.TimelineSubject;

import org.springframework.stereotype.Component;

/**
 * The open tasks shown on the pages of cities, candidates, organizations and people, and
 * on the cards of the pipeline board.
 */
@Component
class TaskSummarySource implements TaskSummaries {

	private final Tasks tasks;

	TaskSummarySource(Tasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<TaskSummary> openAbout(TimelineSubject subject, long id) {
		LocalDate today = this.tasks.today();
		return this.tasks.openAbout(subject, id).stream().map((task) -> summary(task, today)).toList();
	}

	@Override
	public Map<Long, TaskSummary> nextOpenByCity(Collection<Long> cityIds) {
		LocalDate today = this.tasks.today();
		Map<Long, TaskSummary> next = new LinkedHashMap<>();
		this.tasks.nextOpenByCity(cityIds).forEach((cityId, task) -> next.put(cityId, summary(task, today)));
		return next;
	}

	static TaskSummary summary(Task task, LocalDate today) {
		return new TaskSummary(task.getId(), task.getTitle(), task.getAssignee(), task.getDueOn(),
				task.isOverdueOn(today));
	}

}
