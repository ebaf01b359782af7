package org.integra.system;

import java.util.List;

/**
 * Contributes entries to the timelines of cities, organizations and people, so that the
 * modules showing those pages need not know the modules that record the events. An
 * implementation returns only what the signed-in user may see.
 */
public interface TimelineSource {

	/** The entries about that subject, in any order. */
	List<TimelineEntry> entries(TimelineSubject subject, long id);

}
