package org.integra.outreach.web;

import org.integra.outreach.OutreachPolicy;
import org.integra.system.Actor;
import org.integra.system.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.cities.TestCities;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.Interactions;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.Mentors;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The board's cards show the mentor cities and the next task, and the board is read with
 * the same number of queries however many candidates it shows.
 */
@IntegraTest
class BoardCardsTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Mentors mentors;

	@Autowired
	Interactions interactions;

	@Autowired
	Accounts accounts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> added = new ArrayList<>();

	@AfterEach
	void removeCities() {
		this.testCities.delete(this.added);
	}

	private long candidate(String name) {
		String unique = name + " " + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
		long id = this.testCities.create(unique, "PE");
		this.added.add(id);
		this.pipeline.identify(id, "test", "coordinacion");
		return id;
	}

	private long medellin() {
		return this.accounts.mentorCityOf("mentor").orElseThrow();
	}

	private void log(long cityId, LocalDate on, String summary, String nextStep, LocalDate due) {
		this.interactions.log(
				new InteractionDraft(cityId, on, InteractionKind.CALL, Channel.PORTAL, null, null, Set.of(), summary,
						null, InterestLevel.LOW, nextStep, (nextStep != null) ? "coordinacion" : null, due),
				"coordinacion");
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void aCardShowsItsMentorAndItsOpenTaskDueFirst() throws Exception {
		LocalDate today = LocalDate.now();
		long late = candidate("Tarjeta Atrasada");
		this.mentors.assign(late, medellin(), null, "coordinacion");
		log(late, today.minusDays(20), "older", "Old step", today.minusDays(15));
		log(late, today.minusDays(5), "with a step", "Send the letter <b>now</b>", today.minusDays(1));
		log(late, today.minusDays(2), "latest, no step", null, null);
		long onTime = candidate("Tarjeta Puntual");
		log(onTime, today, "call", "Call back", today.plusDays(10));
		long bare = candidate("Tarjeta Sola");

		String board = board();
		assertThat(section(board, "mentors-" + late)).contains("Mentor: Medellín");
		assertThat(section(board, "next-task-" + late)).contains("outreach-overdue", "Next: Old step", "coordinacion",
				today.minusDays(15).toString(), "Overdue");
		String onTimeTask = section(board, "next-task-" + onTime);
		assertThat(onTimeTask).contains("Next: Call back", today.plusDays(10).toString())
			.doesNotContain("outreach-overdue", "Overdue");
		assertThat(section(board, "mentors-" + onTime)).contains("No mentor yet");
		assertThat(board).doesNotContain("id=\"next-task-" + bare + "\"");

		// the next steps became tasks: once the first is done, the card shows the next
		// one
		this.jdbc.sql("update task set status = 'DONE' where city_id = ? and title = 'Old step'").param(late).update();
		String lateTask = section(board(), "next-task-" + late);
		assertThat(lateTask).contains("outreach-overdue", "Next: Send the letter &lt;b&gt;now&lt;/b&gt;",
				"coordinacion", today.minusDays(1).toString(), "Overdue");
		assertThat(lateTask).doesNotContain("Old step");
	}

	private String board() throws Exception {
		return this.mvc.perform(get("/outreach/board").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void theBoardNeedsNoMoreQueriesForMoreCandidates() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			// every kind of card once (with mentor, next step, on hold), then four more
			LocalDate today = LocalDate.now();
			long base = candidate("Consulta Base");
			this.mentors.assign(base, medellin(), null, "coordinacion");
			log(base, today, "call", "Step", today);
			this.pipeline.move(base, Stage.ON_HOLD, null,
					OutreachPolicy.of(Actor.of("coordinacion", Roles.COORDINATOR)), null);
			candidate("Consulta Sola");
			long before = queriesForTheBoard(statistics);
			for (int i = 0; i < 4; i++) {
				long id = candidate("Consulta " + i);
				this.mentors.assign(id, medellin(), null, "coordinacion");
				log(id, today, "call " + i, "Step " + i, today.plusDays(i));
				if (i % 2 == 0) {
					this.pipeline.move(id, Stage.ON_HOLD, null,
							OutreachPolicy.of(Actor.of("coordinacion", Roles.COORDINATOR)), null);
				}
			}
			long after = queriesForTheBoard(statistics);
			assertThat(after).as("queries for the board with 4 more candidates than before (%d)", before)
				.isEqualTo(before);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	private long queriesForTheBoard(Statistics statistics) throws Exception {
		statistics.clear();
		this.mvc.perform(get("/outreach/board")).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	/** The element with that id and what follows it up to the next closing div. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element " + id).isNotNegative();
		int tagStart = page.lastIndexOf('<', start);
		return page.substring(tagStart, page.indexOf("</div>", start));
	}

}
