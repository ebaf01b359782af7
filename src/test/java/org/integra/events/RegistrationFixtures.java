package org.integra.events;

import org.integra.cities.TestCities;
import org.integra.system.Actor;
import org.integra.system.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events open to public registration, for the registration tests.
 */
public final class RegistrationFixtures {

	public static final Actor COORDINATOR = Actor.of("coordinacion", Roles.COORDINATOR);

	private final EventFixtures events;

	private final RegistrationRecords records;

	public RegistrationFixtures(Events events, TestCities cities, JdbcClient jdbc, RegistrationRecords records) {
		this.events = new EventFixtures(events, cities, jdbc);
		this.records = records;
	}

	/** An announced event with its public registration open. */
	public long openEvent() {
		long event = this.events.announcedEvent(null);
		this.records.setOpen(event, true, COORDINATOR);
		return event;
	}

	/** An announced event whose public registration was never opened. */
	public long closedEvent() {
		return this.events.announcedEvent(null);
	}

	public EventFixtures events() {
		return this.events;
	}

}
