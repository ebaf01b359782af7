package org.integra.outreach.web;

import java.util.List;

import org.integra.system.OpenTasks;
import org.integra.system.TaskSummary;
import org.integra.system.TimelineEntry;
import org.integra.system.TimelineSubject;
import org.integra.system.Timelines;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives the candidate page its timeline (interactions and stage moves) without the
 * candidate controller knowing about interactions.
 */
@ControllerAdvice(assignableTypes = CandidateController.class)
class CandidateTimelineAdvice {

	private final Timelines timelines;

	private final OpenTasks openTasks;

	CandidateTimelineAdvice(Timelines timelines, OpenTasks openTasks) {
		this.timelines = timelines;
		this.openTasks = openTasks;
	}

	@ModelAttribute("candidateTasks")
	List<TaskSummary> candidateTasks(@PathVariable(name = "cityId", required = false) Long cityId) {
		return (cityId == null) ? List.of() : this.openTasks.about(TimelineSubject.CITY, cityId);
	}

	@ModelAttribute("candidateTimeline")
	List<TimelineEntry> candidateTimeline(@PathVariable(name = "cityId", required = false) Long cityId) {
		return (cityId == null) ? List.of() : this.timelines.of(TimelineSubject.CITY, cityId);
	}

}
