package org.integra.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@AccountsApplicationTest
class LoginLockoutTests {

	private static final String PASSWORD = "the-right-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@Test
	void theSixthAttemptIsRefusedEvenWithTheRightPasswordUntilFifteenMinutesPass() throws Exception {
		this.accounts.create("lockout.ana", "Ana", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.login("lockout.ana", "wrong-password-" + i).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error=bad-credentials");
		}
		assertThat(browser.login("lockout.ana", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=locked");
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(browser.login("lockout.ana", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=locked");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(browser.login("lockout.ana", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aSuccessfulSignInResetsTheFailureCount() throws Exception {
		this.accounts.create("lockout.bruno", "Bruno", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 4; i++) {
			browser.login("lockout.bruno", "wrong-password");
		}
		assertThat(browser.login("lockout.bruno", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		browser.clearCookies();
		for (int i = 0; i < 4; i++) {
			browser.login("lockout.bruno", "wrong-password");
		}
		assertThat(browser.login("lockout.bruno", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void concurrentWrongPasswordsAllCountAndNeverFail() throws Exception {
		this.accounts.create("lockout.race", "Race", null, PASSWORD, Set.of(Role.VIEWER));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<String>> attempts = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				attempts.add(pool.submit(() -> new Browser(this.mvc).login("lockout.race", "wrong-password")
					.getResponse()
					.getRedirectedUrl()));
			}
			for (Future<String> attempt : attempts) {
				assertThat(attempt.get(60, TimeUnit.SECONDS)).startsWith("/login?error=");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(new Browser(this.mvc).login("lockout.race", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=locked");
	}

	@Test
	void aDisabledUserGetsTheDisabledMessage() throws Exception {
		UserAccount user = this.accounts.create("lockout.carla", "Carla", null, PASSWORD, Set.of(Role.VIEWER));
		this.accounts.setEnabled("admin", user.getId(), false);
		Browser browser = new Browser(this.mvc);
		MvcResult result = browser.login("lockout.carla", PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=disabled");
		String page = browser
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login")
				.param("error", "disabled")
				.param("lang", "en"))
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The account is disabled");
	}

	@Test
	void theLockedMessageIsShownOnTheLoginPage() throws Exception {
		String page = new Browser(this.mvc)
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login")
				.param("error", "locked")
				.param("lang", "en"))
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("locked for 15 minutes");
	}

}
