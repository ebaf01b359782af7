package org.integra.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.InvitationRules.Answer;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two acceptances racing for the last seat, each in its own transaction on its own
 * connection: exactly one gets it, the other waits in line. Runs on H2 and, in CI's
 * second pass, on PostgreSQL, whose row lock is what serves them one after the other.
 */
@IntegraTest
class LastSeatRaceTests {

	@Autowired
	Events events;

	@Autowired
	Invitations invitations;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@RepeatedTest(5)
	void twoAcceptancesForTheLastSeatSeatOneAndWaitlistTheOther() throws Exception {
		EventFixtures fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
		long event = fixtures.announcedEvent(1);
		long first = fixtures.contact(fixtures.candidate("INTERESTED", "EC"), "Ana Torres", "es");
		long second = fixtures.contact(fixtures.candidate("INTERESTED", "PE"), "Luis Mamani", "es");
		this.invitations.invite(event, List.of(first, second), Map.of(), EventFixtures.COORDINATOR);
		List<Long> ids = this.jdbc.sql("select id from event_invitation where event_id = ? order by id")
			.param(event)
			.query(Long.class)
			.list();

		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<InvitationStatus>> answers = new ArrayList<>();
			for (long id : ids) {
				Callable<InvitationStatus> accept = () -> {
					start.await(10, TimeUnit.SECONDS);
					return this.invitations.recordAnswer(event, id, Answer.ACCEPT, 1, null, AnswerChannel.PHONE,
							EventFixtures.COORDINATOR);
				};
				answers.add(pool.submit(accept));
			}
			List<InvitationStatus> outcomes = new ArrayList<>();
			for (Future<InvitationStatus> answer : answers) {
				outcomes.add(answer.get(30, TimeUnit.SECONDS));
			}
			assertThat(outcomes).containsExactlyInAnyOrder(InvitationStatus.ACCEPTED, InvitationStatus.WAITLISTED);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc
			.sql("select count(*) from event_invitation where event_id = ? and status = 'ACCEPTED' and party_size = 1")
			.param(event)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from event_invitation where event_id = ? and status = 'WAITLISTED'")
			.param(event)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
