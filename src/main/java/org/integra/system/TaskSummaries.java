package org.integra.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Open tasks for the pages of cities, candidates, organizations and people, so that the
 * modules showing those pages need not know the tasks module. An implementation returns
 * only what the signed-in user may see.
 */
public interface TaskSummaries {

	/** The open tasks about that subject, the earliest due first. */
	List<TaskSummary> openAbout(TimelineSubject subject, long id);

	/** For each of these cities that has one, its open task due first, in one query. */
	Map<Long, TaskSummary> nextOpenByCity(Collection<Long> cityIds);

}
