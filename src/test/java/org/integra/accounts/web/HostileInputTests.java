package org.integra.accounts.web;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.accounts.ApiTokens;
import org.integra.accounts.Browser;
import org.integra.accounts.Role;
import org.integra.accounts.UserAccount;
import org.integra.accounts.UserAccountRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every text field of the account forms takes hostile input without a server error: the
 * value is stored as given or refused with a message, and always shown escaped.
 */
@IntegraTest
@WithUserDetails("admin")
class HostileInputTests {

	private static final String PASSWORD = "hostile-test-password";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccountRepository users;

	static Stream<String> hostileInputs() {
		return Stream.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --",
				"x".repeat(10_000), "𝔘😀", "");
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void creatingAUser(String hostile) throws Exception {
		String username = "hostile.new" + COUNTER.incrementAndGet();
		String page = send(post("/admin/users").param("username", username)
			.param("displayName", hostile)
			.param("email", hostile)
			.param("roles", "VIEWER")
			.param("password", PASSWORD));
		assertEscaped(page, hostile);
		send(post("/admin/users").param("username", username + "b")
			.param("displayName", hostile)
			.param("roles", "VIEWER")
			.param("password", PASSWORD));
		this.users.findByUsername(username + "b").ifPresent((user) -> {
			assertThat(user.getDisplayName()).isEqualTo(hostile);
			assertEscaped(sendUnchecked(get("/admin/users/{id}", user.getId())), hostile);
			assertEscaped(sendUnchecked(get("/admin/users").param("q", username)), hostile);
		});
		assertEscaped(send(post("/admin/users").param("username", hostile)
			.param("displayName", "Name")
			.param("roles", "VIEWER")
			.param("password", hostile)), hostile);
		assertThat(this.users.findByUsername(hostile)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void editingAUserAndResettingTheirPassword(String hostile) throws Exception {
		UserAccount user = this.accounts.create("hostile.edit" + COUNTER.incrementAndGet(), "Edit", null, PASSWORD,
				Set.of(Role.VIEWER));
		assertEscaped(send(post("/admin/users/{id}", user.getId()).param("displayName", hostile)
			.param("email", hostile)
			.param("roles", "VIEWER", hostile)
			.param("enabled", hostile)), hostile);
		assertEscaped(send(post("/admin/users/{id}", user.getId()).param("displayName", hostile)
			.param("roles", "VIEWER")
			.param("enabled", "true")), hostile);
		UserAccount after = this.users.findById(user.getId()).orElseThrow();
		assertThat(after.getDisplayName()).isIn("Edit", hostile);
		assertEscaped(send(get("/admin/users/{id}", user.getId())), hostile);
		assertEscaped(send(post("/admin/users/{id}/password", user.getId()).param("password", hostile)), hostile);
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void searchingAndPaging(String hostile) throws Exception {
		assertEscaped(send(get("/admin/users").param("q", hostile)
			.param("sort", hostile)
			.param("page", hostile)
			.param("size", hostile)), hostile);
		assertEscaped(send(get("/admin/users/{id}", hostile.isEmpty() ? " " : hostile)), hostile);
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void ownAccountForms(String hostile) throws Exception {
		String username = "hostile.own" + COUNTER.incrementAndGet();
		this.accounts.create(username, "Own", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		browser.login(username, PASSWORD);
		assertEscaped(checked(browser.perform(post("/account/tokens").with(csrf()).param("name", hostile))), hostile);
		assertEscaped(checked(browser.perform(get("/account"))), hostile);
		this.tokens.ownedBy(username).forEach((token) -> assertThat(token.getName()).isEqualTo(hostile));
		assertEscaped(checked(browser.perform(post("/account/password").with(csrf())
			.param("currentPassword", hostile)
			.param("newPassword", hostile)
			.param("confirmation", hostile))), hostile);
		checked(browser.perform(post("/account/language").with(csrf()).param("language", hostile)));
		checked(browser.perform(post("/account/tokens/{id}/revoke", hostile.isEmpty() ? " " : hostile).with(csrf())));
		assertThat(this.accounts.get(username).getLanguage()).isEqualTo("es");
		assertThat(new Browser(this.mvc).login(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	private String send(MockHttpServletRequestBuilder request) throws Exception {
		return checked(this.mvc.perform(request.with(csrf())).andReturn());
	}

	private String sendUnchecked(MockHttpServletRequestBuilder request) {
		try {
			return send(request);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String checked(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as("status").isLessThan(500);
		return result.getResponse().getContentAsString();
	}

	private static void assertEscaped(String page, String hostile) {
		assertThat(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
	}

}
