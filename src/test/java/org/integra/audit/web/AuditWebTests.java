package org.integra.audit.web;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.integra.audit.AuditedSample;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class AuditWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Test
	void adminPageListsChangesNewestFirstAndFilters() throws Exception {
		String name = unique("listed");
		long id = createAs("dora", name);
		updateAs("eva", id, "budget approved");

		this.mvc.perform(get("/admin/audit").param("q", name).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("dora"), containsString("eva"),
					containsString("budget approved"))));
		this.mvc
			.perform(get("/admin/audit").param("q", name).param("username", "eva").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("budget approved"), not(containsString(">dora<")))));
		this.mvc
			.perform(get("/admin/audit").param("q", name)
				.param("action", "CREATE")
				.param("entityType", AuditedSample.TYPE)
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">dora<"), not(containsString(">eva<")))));
		this.mvc.perform(get("/admin/audit").param("q", unique("nothing")).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audit-empty")));
	}

	@Test
	void adminPageOffersTheEntityTypesPresent() throws Exception {
		createAs("dora", unique("types"));

		this.mvc.perform(get("/admin/audit").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"Sample\">Sample</option>")));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void onlyAdministratorsSeeTheAuditTrail() throws Exception {
		this.mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit")).andExpect(status().isForbidden());
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/audit").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void badFilterValuesAreReportedNotFailed() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "notadate").param("page", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-warning")));
		this.mvc
			.perform(get("/admin/audit").param("to", "+99999-01-01")
				.param("page", "abc")
				.param("action", "EXPLODE")
				.param("sort", "sideways")
				.param("entityType", "<script>")
				.param("q", "%_!'\""))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/audit").param("page", "99999999999")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/audit").param("page", "2147483647")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/audit").param("from", "2027-05-01").param("to", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audit-empty")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void apiListsChangesOfOneRecord() throws Exception {
		String name = unique("api");
		long id = createAs("dora", name);
		updateAs("eva", id, "second");

		this.mvc.perform(get("/api/v1/audit").param("entityType", AuditedSample.TYPE).param("entityId", "" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.totalPages").value(1))
			.andExpect(jsonPath("$.items[0].action").value("UPDATE"))
			.andExpect(jsonPath("$.items[0].username").value("eva"))
			.andExpect(jsonPath("$.items[0].changes[0].field").value("notes"))
			.andExpect(jsonPath("$.items[0].changes[0].newValue").value("second"))
			.andExpect(jsonPath("$.items[1].action").value("CREATE"));
		this.mvc.perform(get("/api/v1/audit").param("username", "dora").param("from", "2000-01-01").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void apiAnswersBadParametersWithAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/audit").param("from", "notadate"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/audit").param("page", "-1").header("Accept-Language", "es"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Solicitud no válida"));
		this.mvc.perform(get("/api/v1/audit").param("size", "100000")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/audit").param("action", "EXPLODE")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void apiIsDocumented() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/audit")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void historyFragmentEscapesHostileValues() throws Exception {
		String script = "<script>alert(1)</script>";
		String attribute = "\"><img src=x onerror=alert(1)>";
		String astral = "𝔘😀";
		String longText = "ab".repeat(5_000);
		long id = createAs("<b>mallory</b>", script);
		updateAs("eva", id, attribute);
		updateAs("eva", id, astral + longText);

		this.mvc.perform(get("/test/audit/records/{type}/{id}", AuditedSample.TYPE, id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(script)), not(containsString("<img src=x")),
					not(containsString("<b>mallory")), containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					containsString("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), containsString("&lt;b&gt;mallory"),
					containsString(astral + longText), containsString("audit-history"))));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void historyFragmentSaysWhenNothingWasRecorded() throws Exception {
		this.mvc.perform(get("/test/audit/records/{type}/{id}", "Nothing", unique("none")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audit-empty")));
	}

	private long createAs(String username, String name) {
		SecurityContext previous = signIn(username);
		try {
			return this.transactions.execute((status) -> {
				AuditedSample sample = new AuditedSample(name);
				this.entityManager.persist(sample);
				this.entityManager.flush();
				return sample.getId();
			});
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void updateAs(String username, long id, String notes) {
		SecurityContext previous = signIn(username);
		try {
			this.transactions
				.executeWithoutResult((status) -> this.entityManager.find(AuditedSample.class, id).setNotes(notes));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Signs in for changes made outside a request; returns the context to restore. */
	private static SecurityContext signIn(String username) {
		SecurityContext previous = SecurityContextHolder.getContext();
		var authentication = new TestingAuthenticationToken(username, "n/a", List.of());
		authentication.setAuthenticated(true);
		SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
		return previous;
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
