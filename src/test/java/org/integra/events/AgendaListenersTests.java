package org.integra.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.directory.DirectoryMerge;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A merge of people and a city's deletion, as they reach agendas and showcases. */
@IntegraTest
class AgendaListenersTests {

	@Autowired
	Events events;

	@Autowired
	Agendas agendas;

	@Autowired
	Showcases showcases;

	@Autowired
	DirectoryMerge merge;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSpeakerAndAContactMergedAwayBecomeThePersonKept() {
		EventFixtures fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
		long event = fixtures.announcedEvent(null);
		long city = this.cities.city(TestCities.unique("Ciudad"), "BO").relation("CANDIDATE").create();
		long merged = fixtures.contact(city, "Rosa Quispe", "es");
		long kept = fixtures.contact(city, "Rosa Quispe Mamani", "es");
		SessionForm session = new SessionForm();
		session.setTitleEs("Apertura");
		session.setTitlePt("Abertura");
		LocalDate day = LocalDate.now().plusMonths(2);
		session.setStartsAt(LocalDateTime.of(day, LocalTime.of(9, 0)));
		session.setEndsAt(LocalDateTime.of(day, LocalTime.of(10, 0)));
		session.setSpeakerIds(List.of(merged));
		long sessionId = this.agendas.create(event, session, EventFixtures.COORDINATOR).getId();
		ShowcaseForm entry = new ShowcaseForm();
		entry.setThematicUnitId(unit("UTC"));
		entry.setOfferEs("Redes");
		entry.setOfferPt("Redes");
		entry.setContactPersonId(merged);
		entry.setCoordinatingCityId(city);
		long entryId = this.showcases.create(event, entry, EventFixtures.COORDINATOR).getId();

		this.merge.mergePeople(merged, kept, "admin");

		assertThat(this.agendas.session(event, sessionId).getSpeakers()).containsExactly(SessionSpeaker.person(kept));
		assertThat(this.showcases.entry(event, entryId).getContactPersonId()).isEqualTo(kept);

		this.cities.delete(city);

		assertThat(this.showcases.entry(event, entryId).getCoordinatingCityId()).isNull();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from thematic_unit where code = ?").param(code).query(Long.class).single();
	}

}
