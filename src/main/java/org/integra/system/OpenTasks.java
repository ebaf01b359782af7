package org.integra.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a city, organization or person, from the {@link TaskSummaries} when
 * the application has tasks; nothing otherwise.
 */
@Component
public class OpenTasks {

	private final ObjectProvider<TaskSummaries> summaries;

	OpenTasks(ObjectProvider<TaskSummaries> summaries) {
		this.summaries = summaries;
	}

	/** The open tasks about the subject, the earliest due first. */
	public List<TaskSummary> about(TimelineSubject subject, long id) {
		TaskSummaries source = this.summaries.getIfAvailable();
		return (source != null) ? source.openAbout(subject, id) : List.of();
	}

	/**
	 * Each city's next open task, or empty when the application keeps no tasks (then the
	 * caller may fall back on what it knows).
	 */
	public Optional<Map<Long, TaskSummary>> nextByCity(Collection<Long> cityIds) {
		TaskSummaries source = this.summaries.getIfAvailable();
		return (source != null) ? Optional.of(source.nextOpenByCity(cityIds)) : Optional.empty();
	}

}
