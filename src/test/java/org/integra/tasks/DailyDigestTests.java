package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.integra.IntegraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest job on the whole application: one message per user and day in the outbox, in
 * the user's language, none when there is nothing to say.
 */
@IntegraTest
class DailyDigestTests {

	/** A day far from the demo data: 2031-03-10 09:00 in La Paz. */
	private static final Instant MORNING = Instant.parse("2031-03-10T13:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);

	@Autowired
	ApplicationContext context;

	@Autowired
	DailyDigest digest;

	@Autowired
	JdbcClient jdbc;

	TaskFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TaskFixtures(this.context);
	}

	@Test
	void queuesOneDigestPerUserAndDayInTheUsersLanguage() {
		String ana = this.fixtures.user("digest.pt", "ana@example.org", "pt");
		String beto = this.fixtures.user("digest.en", "beto@example.org", "en");
		Long city = this.jdbc.sql("select min(id) from city where name = 'Medellín'").query(Long.class).single();
		this.fixtures.task(ana, "Enviar a carta, já", null, TODAY.plusDays(2), city);
		this.fixtures.task(ana, "Ligar para a embaixada", null, TODAY.minusDays(3), null);
		this.fixtures.task(beto, "Call the mayor", null, TODAY, null);
		this.digest.change(ana, true, 8);
		this.digest.change(beto, true, 8);

		this.digest.sendDue(MORNING);
		this.digest.sendDue(MORNING.plusSeconds(300));
		this.digest.sendDue(MORNING.plusSeconds(3600 * 10));

		List<Outgoing> toAna = outbox(ana);
		assertThat(toAna).hasSize(1);
		Outgoing message = toAna.get(0);
		assertThat(message.kind()).isEqualTo("DIGEST");
		assertThat(message.recipient()).isEqualTo("ana@example.org");
		assertThat(message.language()).isEqualTo("pt");
		assertThat(message.reference()).isEqualTo("digest:" + ana + ":2031-03-10");
		assertThat(message.createdBy()).isEqualTo("system");
		assertThat(message.subject()).contains("Integra").contains("1 atrasadas").contains("1 próximas");
		assertThat(message.body()).contains("Atrasadas (1)", "Próximas (1)", "Medellín", "/tasks/");
		assertThat(message.body().indexOf("Ligar para a embaixada"))
			.isLessThan(message.body().indexOf("Enviar a carta, já"));
		List<Outgoing> toBeto = outbox(beto);
		assertThat(toBeto).singleElement().satisfies((english) -> {
			assertThat(english.language()).isEqualTo("en");
			assertThat(english.body()).contains("Upcoming (1)", "Call the mayor").doesNotContain("Overdue");
		});
		assertThat(this.digest.preferenceOf(ana).getLastSentOn()).isEqualTo(TODAY);

		// the next day brings the next digest
		this.digest.sendDue(MORNING.plusSeconds(86_400));
		assertThat(outbox(ana)).hasSize(2);
	}

	@Test
	void nothingWhenThereIsNothingToSayNoEmailOrNotWanted() {
		String idle = this.fixtures.user("digest.idle", "idle@example.org", "es");
		this.fixtures.task(idle, "Mucho después", null, TODAY.plusDays(30), null);
		this.fixtures.close(this.fixtures.task(idle, "Hecha", null, TODAY.minusDays(1), null), TaskStatus.DONE);
		this.digest.change(idle, true, 8);
		String noEmail = this.fixtures.user("digest.noemail", null, "es");
		this.fixtures.task(noEmail, "Vencida", null, TODAY.minusDays(1), null);
		this.digest.change(noEmail, true, 8);
		String unwilling = this.fixtures.user("digest.off", "off@example.org", "es");
		this.fixtures.task(unwilling, "Vencida", null, TODAY.minusDays(1), null);
		this.digest.change(unwilling, false, 8);
		String early = this.fixtures.user("digest.late", "late@example.org", "es");
		this.fixtures.task(early, "Vencida", null, TODAY.minusDays(1), null);
		this.digest.change(early, true, 18);

		this.digest.sendDue(MORNING);

		assertThat(outbox(idle)).isEmpty();
		assertThat(outbox(noEmail)).isEmpty();
		assertThat(outbox(unwilling)).isEmpty();
		assertThat(outbox(early)).isEmpty();
		this.digest.sendDue(MORNING.plusSeconds(3600 * 9));
		assertThat(outbox(early)).singleElement()
			.satisfies((spanish) -> assertThat(spanish.body()).contains("Vencidas (1)", "Vencida"));
	}

	@Test
	void aDigestAlreadyRecordedIsNotQueuedAgain() {
		String user = this.fixtures.user("digest.restart", "restart@example.org", "es");
		this.fixtures.task(user, "Vencida", null, TODAY.minusDays(1), null);
		this.digest.change(user, true, 8);
		// as if a digest had gone out before a restart lost the preference's last day
		this.jdbc
			.sql("insert into task_digest_sent (username, digest_date, task_count, queued_at) "
					+ "values (?, ?, 1, current_timestamp)")
			.params(user, TODAY)
			.update();
		this.digest.sendDue(MORNING);
		assertThat(outbox(user)).isEmpty();
	}

	private List<Outgoing> outbox(String username) {
		return this.jdbc
			.sql("select kind, recipient, subject, body, language, reference, created_by from outbox_message "
					+ "where reference like ? order by id")
			.param("digest:" + username + ":%")
			.query(Outgoing.class)
			.list();
	}

	record Outgoing(String kind, String recipient, String subject, String body, String language, String reference,
			String createdBy) {
	}

}
