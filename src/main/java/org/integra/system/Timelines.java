package org.integra.system;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The timeline of a city, organization or person: the entries of every
 * {@link TimelineSource}, newest first.
 */
@Component
public class Timelines {

	private final ObjectProvider<TimelineSource> sources;

	Timelines(ObjectProvider<TimelineSource> sources) {
		this.sources = sources;
	}

	/** Every source's entries about the subject, newest first. */
	public List<TimelineEntry> of(TimelineSubject subject, long id) {
		return this.sources.orderedStream()
			.flatMap((source) -> source.entries(subject, id).stream())
			.sorted(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

}
