package org.integra.tasks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.integra.system.RecordLink;
import org.integra.system.RecordNameSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names tasks for other modules' pages (audit trail).
 */
@Component
class TaskNames implements RecordNameSource {

	static final String TYPE = "Task";

	private final TaskRepository tasks;

	TaskNames(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
		Map<Long, RecordLink> names = new LinkedHashMap<>();
		this.tasks.findAllById(ids)
			.forEach((task) -> names.put(task.getId(), new RecordLink(task.getTitle(), "/tasks/" + task.getId())));
		return names;
	}

}
