package org.integra.events;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.integra.cities.TestCities;
import org.integra.system.Actor;
import org.integra.system.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Events, candidates and contacts of the events tests, each with a name no other test
 * uses.
 */
public final class EventFixtures {

	static final Actor COORDINATOR = Actor.of("coordinacion", Roles.COORDINATOR);

	private final Events events;

	private final TestCities cities;

	private final JdbcClient jdbc;

	public EventFixtures(Events events, TestCities cities, JdbcClient jdbc) {
		this.events = events;
		this.cities = cities;
		this.jdbc = jdbc;
	}

	/** An announced online workshop two months from today, answers due in a month. */
	public long announcedEvent(Integer capacity) {
		return announced(EventKind.WORKSHOP, capacity);
	}

	/** An announced online forum participation two months from today. */
	public long announcedForum() {
		return announced(EventKind.FORUM_PARTICIPATION, null);
	}

	private long announced(EventKind kind, Integer capacity) {
		EventForm form = new EventForm();
		form.setKind(kind);
		form.setTitleEs(TestCities.unique("Taller de resiliencia"));
		form.setTitlePt(form.getTitleEs());
		form.setTimeZone("America/La_Paz");
		LocalDate day = LocalDate.now().plusMonths(2);
		form.setStartsAt(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)));
		form.setEndsAt(LocalDateTime.of(day, java.time.LocalTime.of(18, 0)));
		form.setAnswerDeadline(LocalDate.now().plusMonths(1));
		form.setFormat(EventFormat.ONLINE);
		form.setOnlineLink("https://meet.example.org/taller");
		form.setCapacity(capacity);
		Event event = this.events.create(form, COORDINATOR);
		return this.events.changeStatus(event.getId(), EventStatus.ANNOUNCED, event.getVersion(), COORDINATOR).getId();
	}

	/** A candidate city at the stage, in the country. */
	public long candidate(String stage, String countryCode) {
		long city = this.cities.city(TestCities.unique("Ciudad candidata"), countryCode).relation("CANDIDATE").create();
		this.jdbc
			.sql("insert into candidate (city_id, stage, stage_since, version) values (?, ?, current_timestamp, 0)")
			.params(city, stage)
			.update();
		return city;
	}

	/** A contact of the city's government, with an address no other test uses. */
	public long contact(long cityId, String name, String language) {
		long organization = insert("insert into directory_organization (name, kind, city_id, name_search, version, "
				+ "created_at, updated_at) values (?, 'CITY_GOVERNMENT', ?, ?, 0, current_timestamp, current_timestamp)",
				TestCities.unique("Alcaldía"), cityId, "alcaldia");
		String email = TestCities.unique("contacto").replace(' ', '.').toLowerCase() + "@alcaldia.example.org";
		return insert("insert into directory_person (name, organization_id, email, preferred_language, name_search, "
				+ "version, created_at, updated_at) values (?, ?, ?, ?, ?, 0, current_timestamp, current_timestamp)",
				name, organization, email, language, name.toLowerCase());
	}

	private long insert(String sql, Object... parameters) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(parameters).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

}
