package org.integra.mail.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutboxMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's outbox page, in the application as tests run it: no SMTP server, so
 * messages wait and the page says why.
 */
@IntegraTest
class OutboxPagesTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	OutboxFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OutboxFixtures(this.outbox, this.jdbc);
	}

	Document page(String url, RequestPostProcessor who) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(who).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void theListShowsEachMessageWithItsStatusAndActionsAndSaysWhyMessagesWait() throws Exception {
		long queued = this.fixtures.queued(MessageKind.LETTER);
		long failed = this.fixtures.inStatus(MessageKind.EMAIL, "FAILED", 1, OutboxMessage.INTERRUPTED);
		long sent = this.fixtures.inStatus(MessageKind.EMAIL, "SENT", 1, null);

		Document page = page("/admin/outbox", ADMIN);

		assertThat(page.getElementById("smtp-status").text()).contains("No mail server (SMTP) is set up")
			.contains(this.fixtures.count("QUEUED") + " messages are waiting");
		assertThat(page.select("#message-" + queued + " .message-status").text()).isEqualTo("Queued");
		assertThat(page.select("#message-" + failed + " .message-status").text()).isEqualTo("Failed");
		assertThat(page.select("#message-" + failed).text()).contains("Interrupted while sending");
		assertThat(page.select("#message-" + sent + " .message-status").text()).isEqualTo("Sent");
		assertThat(page.getElementById("retry-" + queued)).isNotNull();
		assertThat(page.getElementById("cancel-" + queued)).isNotNull();
		assertThat(page.getElementById("retry-" + failed)).isNotNull();
		assertThat(page.getElementById("retry-" + sent)).isNull();
		assertThat(page.getElementById("cancel-" + sent)).isNull();
		assertThat(page.getElementById("cancel-" + queued).closest("form").attr("data-confirm"))
			.contains("Cancel the message to");
		assertThat(page.select("#message-" + queued).text()).contains("Prefeitura de Teste").contains("Letter");

		// newest first
		var rows = page.select("#outbox-messages tbody tr").eachAttr("id");
		assertThat(rows.indexOf("message-" + sent)).isLessThan(rows.indexOf("message-" + queued));
	}

	@Test
	void filtersByStatusAndKind() throws Exception {
		long digest = this.fixtures.inStatus(MessageKind.DIGEST, "FAILED", 6, "550 mailbox unavailable");
		long letter = this.fixtures.inStatus(MessageKind.LETTER, "FAILED", 6, "550 mailbox unavailable");

		Document page = page("/admin/outbox?status=FAILED&kind=DIGEST", ADMIN);
		assertThat(page.getElementById("message-" + digest)).isNotNull();
		assertThat(page.getElementById("message-" + letter)).isNull();
		assertThat(page.select("#message-" + digest).text()).contains("550 mailbox unavailable");
		assertThat(page.select("#filter-status option[selected]").attr("value")).isEqualTo("FAILED");
		assertThat(page.select("#filter-kind option[selected]").attr("value")).isEqualTo("DIGEST");

		assertThat(page("/admin/outbox?status=failed", ADMIN).getElementById("message-" + letter)).isNotNull();
		assertThat(page("/admin/outbox?status=SENT", ADMIN).getElementById("message-" + letter)).isNull();
	}

	@Test
	void theDetailShowsTheBodyAsText() throws Exception {
		long failed = this.fixtures.inStatus(MessageKind.EMAIL, "FAILED", 2, OutboxMessage.INTERRUPTED);
		Document page = page("/admin/outbox/" + failed, ADMIN);
		assertThat(page.getElementById("message-body").wholeText())
			.isEqualTo("Prezada prefeita,\nconvite <b>não</b> é HTML.");
		assertThat(page.getElementById("interrupted-warning")).isNotNull();
		assertThat(page.getElementById("retry-" + failed)).isNotNull();
		assertThat(page.getElementById("smtp-status")).isNotNull();
		assertThat(page.select(".message-attempts").text()).isEqualTo("2");
	}

	@Test
	void theDetailKeepsTheLineBreaksOfTheText() throws Exception {
		long queued = this.fixtures.queued(MessageKind.LETTER);
		var body = page("/admin/outbox/" + queued, ADMIN).getElementById("message-body");
		assertThat(body.wholeText()).isEqualTo("Prezada prefeita,\nconvite <b>não</b> é HTML.");
		// Bootstrap's text-wrap set white-space: normal and ran the lines together
		assertThat(body.classNames()).contains("outbox-body").doesNotContain("text-wrap");
		assertThat(body.select("b")).isEmpty();
		assertThat(Files.readString(Path.of("src/main/resources/static/css/integra.css")))
			.containsPattern("\\.outbox-body \\{\\s*white-space: pre-wrap;");
	}

	@Test
	void theDetailNamesTheRelatedCityWithALinkToItsPage() throws Exception {
		String city = this.jdbc.sql("select name from city where id = 1").query(String.class).single();
		long queued = this.fixtures.queued(MessageKind.LETTER);
		var reference = page("/admin/outbox/" + queued, ADMIN).getElementById("message-reference");
		assertThat(reference.select("a").attr("href")).isEqualTo("/cities/1");
		assertThat(reference.text()).isEqualTo(city).doesNotContain("city:");
	}

	@Test
	void aReferenceToARecordThatIsGoneSaysSo() throws Exception {
		long queued = this.fixtures.queued(MessageKind.LETTER);
		this.jdbc.sql("update outbox_message set reference = 'city:987654321' where id = ?").param(queued).update();
		var reference = page("/admin/outbox/" + queued, ADMIN).getElementById("message-reference");
		assertThat(reference.text()).isEqualTo("A record that no longer exists");
		assertThat(reference.select("a")).isEmpty();
	}

	@Test
	void withoutAnSmtpServerThePageSaysInPlainWordsWhatItMeansAndWhatToSet() throws Exception {
		Document page = page("/admin/outbox", ADMIN);
		assertThat(page.getElementById("smtp-meaning").text()).contains("Nothing is lost")
			.contains("which mail server");
		assertThat(page.getElementById("smtp-hint").text()).contains("spring.mail.host")
			.contains("spring.mail.username")
			.contains("restarts the application")
			.contains("go out by themselves");
	}

	@Test
	void anUnknownMessageIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/outbox/2147483000").with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/outbox/2147483000/retry").with(ADMIN).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/outbox/2147483000/cancel").with(ADMIN).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdminRetriesAFailedMessageAndKeepsItsAttempts() throws Exception {
		long failed = this.fixtures.inStatus(MessageKind.EMAIL, "FAILED", 6, "421 try later");
		this.mvc.perform(post("/admin/outbox/{id}/retry", failed).with(ADMIN).with(csrf()).param("status", "FAILED"))
			.andExpect(redirectedUrl("/admin/outbox?status=FAILED"))
			.andExpect(flash().attribute("message", "mail.outbox.retried"));
		assertThat(this.fixtures.status(failed)).isEqualTo("QUEUED");
		assertThat(this.fixtures.attempts(failed)).isEqualTo(6);
	}

	@Test
	void anAdminCancelsAQueuedMessageFromItsPage() throws Exception {
		long queued = this.fixtures.queued(MessageKind.LETTER);
		this.mvc.perform(post("/admin/outbox/{id}/cancel", queued).with(ADMIN).with(csrf()).param("from", "detail"))
			.andExpect(redirectedUrl("/admin/outbox/" + queued))
			.andExpect(flash().attribute("message", "mail.outbox.cancelled"));
		assertThat(this.fixtures.status(queued)).isEqualTo("CANCELLED");

		this.mvc.perform(post("/admin/outbox/{id}/cancel", queued).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox"))
			.andExpect(flash().attribute("error", "mail.outbox.cancel.refused"));
		this.mvc.perform(post("/admin/outbox/{id}/retry", queued).with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("error", "mail.outbox.retry.refused"));
		assertThat(this.fixtures.status(queued)).isEqualTo("CANCELLED");
	}

	@Test
	void aSentOrSendingMessageCanBeNeitherRetriedNorCancelled() throws Exception {
		for (String state : new String[] { "SENT", "SENDING" }) {
			long id = this.fixtures.inStatus(MessageKind.EMAIL, state, 1, null);
			this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(ADMIN).with(csrf()))
				.andExpect(flash().attribute("error", "mail.outbox.retry.refused"));
			this.mvc.perform(post("/admin/outbox/{id}/cancel", id).with(ADMIN).with(csrf()))
				.andExpect(flash().attribute("error", "mail.outbox.cancel.refused"));
			assertThat(this.fixtures.status(id)).isEqualTo(state);
		}
	}

	@Test
	void otherRolesAreRefused() throws Exception {
		long queued = this.fixtures.queued(MessageKind.EMAIL);
		this.mvc.perform(get("/admin/outbox").with(COORDINATOR)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/outbox/{id}", queued).with(COORDINATOR)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/outbox/{id}/cancel", queued).with(COORDINATOR).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.status(queued)).isEqualTo("QUEUED");
	}

	@Test
	void onlyAdminsSeeTheOutboxInTheNavigation() throws Exception {
		assertThat(page("/", ADMIN).select("a.nav-link[href=/admin/outbox]")).hasSize(1);
		assertThat(page("/", COORDINATOR).select("a[href=/admin/outbox]")).isEmpty();
	}

	@Test
	void hostileFiltersAreIgnoredAndReported() throws Exception {
		for (String input : HostileInputs.ALL) {
			for (String parameter : new String[] { "status", "kind", "page" }) {
				MvcResult result = this.mvc
					.perform(get("/admin/outbox").param(parameter, input).with(ADMIN).header("Accept-Language", "en"))
					.andReturn();
				HostileInputs.assertNotServerError(result);
				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				String html = result.getResponse().getContentAsString();
				HostileInputs.assertRenderedEscaped(html, input);
				assertThat(Jsoup.parse(html).select(".alert-warning li").text())
					.as("%s=%s", parameter, HostileInputs.describe(input))
					.containsAnyOf("not one of the list", "not valid");
			}
			long queued = this.fixtures.queued(MessageKind.EMAIL);
			MvcResult posted = this.mvc
				.perform(post("/admin/outbox/{id}/retry", queued).with(ADMIN)
					.with(csrf())
					.param("status", input)
					.param("kind", input)
					.param("page", input)
					.param("from", input))
				.andReturn();
			HostileInputs.assertNotServerError(posted);
			assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/admin/outbox");
		}
		HostileInputs.assertNotServerError(
				this.mvc.perform(get("/admin/outbox/" + HostileInputs.SQL.replace(" ", "%20")).with(ADMIN))
					.andReturn());
	}

}
