package org.integra.events.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.AttendanceRules;
import org.integra.events.CheckIns;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.integra.events.InvitationSuggestions;
import org.integra.events.Invitations;
import org.integra.events.RegistrationRecords;
import org.integra.events.RegistrationSubmission;
import org.integra.events.Registrations;
import org.integra.system.Actor;
import org.integra.system.Roles;
import org.integra.system.SearchText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event with 2,000 invitations and 500 registrations (issue 12): times the invitation
 * round of 2,000 contacts of candidate cities (budget 5 s), then the event's pages from 8
 * threads through MockMvc (budget p95 200 ms). Excluded from the default run; run it with
 * {@code ./mvnw test -Dtest=EventPagesBenchmarkTests -Dsurefire.excludedGroups=} (add
 * {@code -Dspring.profiles.active=postgres} for PostgreSQL; {@code -Devents.requests=}
 * and {@code -Devents.clients=} change the load).
 */
@Tag("benchmark")
@IntegraTest
class EventPagesBenchmarkTests {

	static final int CANDIDATES = 400;

	static final int CONTACTS_PER_CANDIDATE = 5;

	/** Contacts of the candidate cities not invited: what the page still suggests. */
	static final int NOT_INVITED = 100;

	static final int ACCEPTED = 600;

	static final int CHECKED_IN = 200;

	static final int REGISTRATIONS = 500;

	static final int CLIENTS = Integer.getInteger("events.clients", 8);

	static final int REQUESTS = Integer.getInteger("events.requests", 240);

	/**
	 * Requests of each page before it is measured, for the JIT to compile what it runs.
	 */
	static final int WARMUP = Integer.getInteger("events.warmup", 400);

	static final Actor COORDINATOR = Actor.of("coordinacion", Roles.COORDINATOR);

	static final RequestPostProcessor COORDINATOR_USER = user("coordinacion").roles("COORDINATOR");

	static final String[] FIRST = { "María", "José", "Ana", "João", "Lucía", "Pedro", "Camila", "Andrés", "Sofía",
			"Tomás" };

	static final String[] LAST = { "Pérez", "Gómez", "Núñez", "Silva", "Rodríguez", "Fernández", "Souza", "Martínez",
			"Ibáñez", "Oliveira", "Castro", "Rojas", "Vargas", "Santos", "Muñoz", "Ferreira", "Morales", "Ortiz",
			"Acuña", "Benítez" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Events events;

	@Autowired
	TestCities cities;

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationSuggestions suggestions;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationRecords records;

	@Autowired
	CheckIns checkIns;

	@Test
	void anEventWith2000InvitationsAnd500Registrations() throws Exception {
		EventFixtures fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
		long event = fixtures.announcedEvent(null);
		String domain = TestCities.unique("bench").replace(' ', '-').toLowerCase(Locale.ROOT) + ".example.org";
		List<Long> people = contacts(fixtures, domain);
		List<Long> invited = people.subList(0, people.size() - NOT_INVITED);

		long suggestStart = System.nanoTime();
		int suggested = this.suggestions.forEvent(event, Locale.forLanguageTag("es")).size();
		System.out.printf("EVENTS-BENCHMARK suggestions before the round: %d in %.0f ms%n", suggested,
				(System.nanoTime() - suggestStart) / 1e6);

		long start = System.nanoTime();
		Invitations.InviteOutcome outcome = this.invitations.invite(event, invited, this.suggestions.reasonsByCity(),
				COORDINATOR);
		double inviteSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(outcome.sent()).isEqualTo(invited.size());
		long queued = this.jdbc.sql("select count(*) from outbox_message where recipient like ?")
			.param("%@" + domain)
			.query(Long.class)
			.single();
		System.out.printf("EVENTS-BENCHMARK invite %d contacts: %.2f s, %d messages queued%n", invited.size(),
				inviteSeconds, queued);

		List<Long> accepted = accept(event);
		for (int i = 0; i < CHECKED_IN; i++) {
			this.checkIns.checkIn(event, accepted.get(i), COORDINATOR);
		}
		for (int i = 0; i < 20; i++) {
			this.checkIns.walkIn(event, AttendanceRules.WalkIn.of("Visitante " + LAST[i] + " " + i, "Prefectura",
					"Ciudad de paso", null, "es"), COORDINATOR);
		}
		register(event, domain);

		String base = "/events/" + event;
		String name = LAST[7];
		measure(() -> get(base), "/events/{id}");
		measure(() -> get(base + "/invitations"), "/events/{id}/invitations");
		measure(() -> get(base + "/invitations").param("status", "ACCEPTED"),
				"/events/{id}/invitations?status=ACCEPTED");
		measure(() -> get(base + "/invitations").param("status", "ACCEPTED").param("page", "5"),
				"/events/{id}/invitations?status=ACCEPTED&page=5");
		measure(() -> get(base + "/registrations"), "/events/{id}/registrations");
		measure(() -> get(base + "/registrations").param("q", name), "/events/{id}/registrations?q=" + name);
		measure(() -> get(base + "/check-in"), "/events/{id}/check-in (all " + (ACCEPTED + 20) + ")");
		measure(() -> get(base + "/check-in").param("q", name), "/events/{id}/check-in?q=" + name);
		measure(() -> get(base + "/check-in").param("q", name).header("HX-Request", "true"),
				"/events/{id}/check-in?q=" + name + " (htmx fragment)");
		measure(() -> get(base + "/attendance"), "/events/{id}/attendance (htmx fragment)");
	}

	/** The contacts of the candidate cities (all at stage interested), in order of id. */
	private List<Long> contacts(EventFixtures fixtures, String domain) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		int total = CANDIDATES * CONTACTS_PER_CANDIDATE + NOT_INVITED;
		long[] organizations = new long[CANDIDATES];
		for (int c = 0; c < CANDIDATES; c++) {
			long city = fixtures.candidate("INTERESTED", (c % 2 == 0) ? "BO" : "EC");
			this.jdbc
				.sql("insert into directory_organization (name, kind, city_id, name_search, version, created_at, "
						+ "updated_at) values (?, 'CITY_GOVERNMENT', ?, ?, 0, ?, ?)")
				.params("Alcaldía " + domain + " " + c, city, "alcaldia " + c, now, now)
				.update();
			organizations[c] = organizationId("Alcaldía " + domain + " " + c);
		}
		for (int i = 0; i < total; i++) {
			String personName = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + i;
			rows.add(new Object[] { personName, organizations[i % CANDIDATES], "contacto" + i + "@" + domain,
					(i % 3 == 0) ? "pt" : "es", SearchText.normalize(personName), now, now });
		}
		this.template.batchUpdate("insert into directory_person (name, organization_id, email, preferred_language, "
				+ "name_search, version, created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, ?)", rows);
		return this.jdbc.sql("select id from directory_person where email like ? order by id")
			.param("%@" + domain)
			.query(Long.class)
			.list();
	}

	private long organizationId(String name) {
		return this.jdbc.sql("select id from directory_organization where name = ?")
			.param(name)
			.query(Long.class)
			.single();
	}

	/** The first invitations by name accept, as if answered by phone. */
	private List<Long> accept(long event) {
		List<Long> ids = this.jdbc
			.sql("select id from event_invitation where event_id = ? order by invitee_name, id fetch first " + ACCEPTED
					+ " rows only")
			.param(event)
			.query(Long.class)
			.list();
		this.template.batchUpdate(
				"update event_invitation set status = 'ACCEPTED', party_size = 1, answered_at = current_timestamp, "
						+ "answered_by = 'coordinacion', answered_via = 'PHONE' where id = ?",
				ids.stream().map((id) -> new Object[] { id }).toList());
		return ids;
	}

	private void register(long event, String domain) {
		this.records.setOpen(event, true, COORDINATOR);
		for (int i = 0; i < REGISTRATIONS; i++) {
			String personName = FIRST[(i + 3) % FIRST.length] + " " + LAST[(i / 3) % LAST.length] + " R" + i;
			this.registrations.register(event, new RegistrationSubmission(personName, "Municipalidad " + i,
					"Ciudad " + i, (i % 2 == 0) ? "BO" : "PE", "Técnica", "registro" + i + "@" + domain, "es"));
		}
		this.jdbc
			.sql("update event_registration set confirmed_at = current_timestamp where event_id = ? and mod(id, 2) = 0")
			.param(event)
			.update();
	}

	private void measure(Supplier<MockHttpServletRequestBuilder> request, String label) throws Exception {
		run(request, WARMUP);
		double[] millis = run(request, REQUESTS);
		System.out.printf("EVENTS-BENCHMARK %-60s clients=%d requests=%d p50=%.1fms p95=%.1fms max=%.1fms%n", label,
				CLIENTS, REQUESTS, millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1],
				millis[millis.length - 1]);
	}

	private double[] run(Supplier<MockHttpServletRequestBuilder> request, int count) throws Exception {
		AtomicInteger next = new AtomicInteger();
		double[] millis = new double[count];
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				work.add(pool.submit(() -> {
					// each client is one signed-in user: it keeps the session cookie it
					// was given,
					// as a browser does, instead of opening a session per request
					Cookie session = null;
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						MockHttpServletRequestBuilder builder = request.get().with(COORDINATOR_USER);
						if (session != null) {
							builder.cookie(session);
						}
						long start = System.nanoTime();
						MvcResult result = this.mvc.perform(builder).andExpect(status().isOk()).andReturn();
						millis[i] = (System.nanoTime() - start) / 1e6;
						Cookie given = result.getResponse().getCookie("INTEGRA_SESSION");
						session = (given != null) ? given : session;
					}
					return null;
				}));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Arrays.sort(millis);
		return millis;
	}

}
