package org.integra.mail.web;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class OutboxApiTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

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

	@Test
	void listsMessagesNewestFirstWithFiltersAndTheStateOfDelivery() throws Exception {
		long older = this.fixtures.inStatus(MessageKind.INVITATION, "FAILED", 6, "550 unknown user");
		long newer = this.fixtures.inStatus(MessageKind.INVITATION, "FAILED", 2, OutboxMessage.INTERRUPTED);
		long queued = this.fixtures.queued(MessageKind.INVITATION);

		this.mvc.perform(get("/api/v1/outbox").param("status", "FAILED").param("kind", "INVITATION").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) older)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) queued))))
			.andExpect(jsonPath("$.items[0].id").value(newer))
			.andExpect(jsonPath("$.items[0].status").value("FAILED"))
			.andExpect(jsonPath("$.items[0].lastError").value(OutboxMessage.INTERRUPTED))
			.andExpect(jsonPath("$.items[0].retryable").value(true))
			.andExpect(jsonPath("$.items[0].body").doesNotExist())
			.andExpect(jsonPath("$.server.configured").value(false))
			.andExpect(jsonPath("$.server.senderEnabled").value(false))
			.andExpect(jsonPath("$.server.queued").value(this.fixtures.count("QUEUED")))
			.andExpect(jsonPath("$.size").value(50));

		this.mvc.perform(get("/api/v1/outbox").param("status", "queued").param("size", "1").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(queued));
	}

	@Test
	void showsOneMessageWithItsBody() throws Exception {
		long failed = this.fixtures.inStatus(MessageKind.EMAIL, "FAILED", 1, OutboxMessage.INTERRUPTED);
		this.mvc.perform(get("/api/v1/outbox/{id}", failed).with(ADMIN).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("Prezada prefeita,\nconvite <b>não</b> é HTML."))
			.andExpect(jsonPath("$.language").value("pt"))
			.andExpect(jsonPath("$.messageId", startsWith("<")))
			.andExpect(jsonPath("$.lastErrorText", startsWith("Interrupted while sending")));
		this.mvc.perform(get("/api/v1/outbox/2147483000").with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void retriesAFailedMessageAndCancelsAQueuedOne() throws Exception {
		long failed = this.fixtures.inStatus(MessageKind.EMAIL, "FAILED", 6, "421 later");
		this.mvc.perform(post("/api/v1/outbox/{id}/retry", failed).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andExpect(jsonPath("$.attempts").value(6));
		this.mvc.perform(post("/api/v1/outbox/{id}/cancel", failed).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.retryable").value(false));
		assertThat(this.fixtures.status(failed)).isEqualTo("CANCELLED");
	}

	@Test
	void refusedTransitionsAreConflictsThatSayWhy() throws Exception {
		long sent = this.fixtures.inStatus(MessageKind.EMAIL, "SENT", 1, null);
		this.mvc
			.perform(post("/api/v1/outbox/{id}/retry", sent).with(ADMIN).with(csrf()).header("Accept-Language", "es"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", startsWith("Solo un mensaje en cola o fallido puede enviarse")))
			.andExpect(jsonPath("$.messageStatus").value("SENT"));
		long sending = this.fixtures.inStatus(MessageKind.EMAIL, "SENDING", 1, null);
		this.mvc.perform(
				post("/api/v1/outbox/{id}/cancel", sending).with(ADMIN).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("Only a queued or failed message can be cancelled")));
		assertThat(this.fixtures.status(sent)).isEqualTo("SENT");
		assertThat(this.fixtures.status(sending)).isEqualTo("SENDING");
		this.mvc.perform(post("/api/v1/outbox/2147483000/cancel").with(ADMIN).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdminsMayUseIt() throws Exception {
		long queued = this.fixtures.queued(MessageKind.EMAIL);
		this.mvc.perform(get("/api/v1/outbox").with(SECRETARIAT))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/v1/outbox/{id}/cancel", queued).with(SECRETARIAT).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/outbox/{id}", queued)).andExpect(status().isUnauthorized());
		assertThat(this.fixtures.status(queued)).isEqualTo("QUEUED");
	}

	@Test
	void unknownFiltersAreRefusedNamingTheField() throws Exception {
		this.mvc.perform(get("/api/v1/outbox").param("status", "DELIVERED").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc.perform(get("/api/v1/outbox").param("kind", "FAX").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(get("/api/v1/outbox").param("page", "x").with(ADMIN)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/outbox").param("page", "-3").param("size", "100000").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200));
	}

	@Test
	void hostileInputsAreRefusedWithoutServerErrors() throws Exception {
		for (String input : HostileInputs.ALL) {
			for (String parameter : new String[] { "status", "kind", "page", "size" }) {
				MvcResult result = this.mvc.perform(get("/api/v1/outbox").param(parameter, input).with(ADMIN))
					.andReturn();
				HostileInputs.assertNotServerError(result);
				assertThat(result.getResponse().getStatus()).as("%s=%s", parameter, HostileInputs.describe(input))
					.isEqualTo(400);
			}
		}
	}

}
