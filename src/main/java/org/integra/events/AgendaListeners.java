package org.integra.events;

import org.integra.cities.CityDeleting;
import org.integra.directory.PeopleMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules' events do to agendas and showcases, synchronously in the
 * publisher's transaction: a speaker or a contact merged into another person becomes the
 * person kept, and a unit's coordinating city being deleted is forgotten (audited).
 */
@Component
class AgendaListeners {

	private final EventSessionRepository sessions;

	private final ShowcaseEntryRepository entries;

	AgendaListeners(EventSessionRepository sessions, ShowcaseEntryRepository entries) {
		this.sessions = sessions;
		this.entries = entries;
	}

	@EventListener
	@Transactional
	void on(PeopleMerged merged) {
		this.sessions.findBySpeaker(merged.mergedId())
			.forEach((session) -> session.relinkSpeaker(merged.mergedId(), merged.keptId()));
		this.sessions.flush();
		this.entries.findByContactPersonId(merged.mergedId()).forEach((entry) -> entry.contactIs(merged.keptId()));
		this.entries.flush();
	}

	@EventListener
	@Transactional
	void on(CityDeleting deleting) {
		this.entries.findByCoordinatingCityId(deleting.cityId()).forEach(ShowcaseEntry::forgetCity);
		this.entries.flush();
	}

}
