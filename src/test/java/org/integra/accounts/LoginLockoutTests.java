package org.integra.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.integra.IntegraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegraTest
class LoginLockoutTests {

	private static final String PASSWORD = "the-right-password";

	private static final String BAD_CREDENTIALS = "/login?error=bad-credentials";

	private static final int AT_ONCE = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MutableClock clock;

	@Autowired
	SignInEvents events;

	@BeforeEach
	void frozenClock() {
		this.clock.freeze();
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theSixthAttemptIsRefusedEvenWithTheRightPasswordUntilFifteenMinutesPass() throws Exception {
		this.accounts.create("lockout.ana", "Ana", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.login("lockout.ana", "wrong-password-" + i).getResponse().getRedirectedUrl())
				.isEqualTo(BAD_CREDENTIALS);
		}
		assertThat(browser.login("lockout.ana", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo(BAD_CREDENTIALS);
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(browser.login("lockout.ana", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo(BAD_CREDENTIALS);
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
	void afterTheLockExpiresItTakesFiveNewFailuresToLockAgain() throws Exception {
		this.accounts.create("lockout.dora", "Dora", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 5; i++) {
			browser.login("lockout.dora", "wrong-password");
		}
		this.clock.advance(Duration.ofMinutes(16));
		for (int i = 0; i < 4; i++) {
			browser.login("lockout.dora", "wrong-password");
		}
		assertThat(this.accounts.get("lockout.dora").isLockedAt(this.clock.instant())).isFalse();
		browser.login("lockout.dora", "wrong-password");
		assertThat(this.accounts.get("lockout.dora").isLockedAt(this.clock.instant())).isTrue();
		assertThat(browser.login("lockout.dora", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo(BAD_CREDENTIALS);
	}

	/**
	 * Forty wrong passwords from forty addresses at the same instant: five are checked,
	 * the other thirty-five are refused without looking at their password, and then the
	 * right password is refused too.
	 */
	@Test
	void ofFortyAttemptsSentTogetherOnlyFiveAreChecked() throws Exception {
		this.accounts.create("lockout.race", "Race", null, PASSWORD, Set.of(Role.VIEWER));
		List<String> answers = together(AT_ONCE, (i) -> "wrong-password-" + i, "lockout.race");
		assertThat(answers).hasSize(AT_ONCE).containsOnly(BAD_CREDENTIALS);
		assertThat(this.events.wrongPasswords("lockout.race")).isEqualTo(5);
		assertThat(this.events.refusedAsLocked("lockout.race")).isEqualTo(AT_ONCE - 5);
		assertThat(new Browser(this.mvc).login("lockout.race", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo(BAD_CREDENTIALS);
		assertThat(this.events.successes("lockout.race")).isZero();
	}

	/**
	 * The right password among forty sent together gets in only if it is one of the five
	 * checked; whatever the order, no more than five wrong ones are checked before it.
	 */
	@Test
	void theRightPasswordAmongFortySentTogetherIsOneOfFiveChecked() throws Exception {
		this.accounts.create("lockout.mix", "Mix", null, PASSWORD, Set.of(Role.VIEWER));
		List<String> answers = together(AT_ONCE, (i) -> (i == AT_ONCE / 2) ? PASSWORD : "wrong-password-" + i,
				"lockout.mix");
		long checked = this.events.wrongPasswords("lockout.mix") + this.events.successes("lockout.mix");
		if (answers.contains("/")) {
			assertThat(this.events.successes("lockout.mix")).isEqualTo(1);
		}
		else {
			assertThat(checked).isEqualTo(5);
			assertThat(this.events.refusedAsLocked("lockout.mix")).isEqualTo(AT_ONCE - 5);
		}
		assertThat(this.events.refusedAsLocked("lockout.mix") + checked).isEqualTo(AT_ONCE);
	}

	@Test
	void aLockedAccountKeepsItsApiTokens() throws Exception {
		this.accounts.create("lockout.tokens", "Tokens", null, PASSWORD, Set.of(Role.VIEWER));
		String secret = this.tokens.issue("lockout.tokens", "nightly").secret();
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 5; i++) {
			browser.login("lockout.tokens", "wrong-password");
		}
		assertThat(this.accounts.get("lockout.tokens").isLockedAt(this.clock.instant())).isTrue();
		assertThat(this.mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordGetsTheSameAnswerForAnUnknownLockedOrDisabledAccount() throws Exception {
		this.accounts.create("lockout.locked", "Locked", null, PASSWORD, Set.of(Role.VIEWER));
		UserAccount disabled = this.accounts.create("lockout.off", "Off", null, PASSWORD, Set.of(Role.VIEWER));
		this.accounts.setEnabled("admin", disabled.getId(), false);
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 5; i++) {
			browser.login("lockout.locked", "wrong-password");
		}
		String known = browser.login("lockout.bruno.unknown", "wrong-password").getResponse().getRedirectedUrl();
		assertThat(known).isEqualTo(BAD_CREDENTIALS);
		assertThat(browser.login("lockout.locked", "wrong-password").getResponse().getRedirectedUrl()).isEqualTo(known);
		assertThat(browser.login("lockout.off", "wrong-password").getResponse().getRedirectedUrl()).isEqualTo(known);
	}

	@Test
	void aDisabledUserGetsTheDisabledMessageOnlyWithTheRightPassword() throws Exception {
		UserAccount user = this.accounts.create("lockout.carla", "Carla", null, PASSWORD, Set.of(Role.VIEWER));
		this.accounts.setEnabled("admin", user.getId(), false);
		Browser browser = new Browser(this.mvc);
		MvcResult result = browser.login("lockout.carla", PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=disabled");
		assertThat(loginPage(browser, "disabled")).contains("The account is disabled");
	}

	@Test
	void theWrongCredentialsMessageMentionsTheLock() throws Exception {
		assertThat(loginPage(new Browser(this.mvc), "bad-credentials")).contains("Wrong username or password")
			.contains("locked for 15 minutes");
		assertThat(loginPage(new Browser(this.mvc), "locked")).contains("Wrong username or password");
	}

	private static String loginPage(Browser browser, String error) throws Exception {
		return browser.perform(MockMvcRequestBuilders.get("/login").param("error", error).param("lang", "en"))
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Sends the sign-ins from as many threads and addresses, released at the same
	 * instant, and returns where each was redirected.
	 */
	private List<String> together(int count, java.util.function.IntFunction<String> password, String username)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<String>> attempts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int attempt = i;
				attempts.add(pool.submit(() -> {
					Browser browser = new Browser(this.mvc);
					ready.countDown();
					start.await();
					return browser.loginFrom("10.0.1." + attempt, username, password.apply(attempt))
						.getResponse()
						.getRedirectedUrl();
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<String> answers = new ArrayList<>();
			for (Future<String> attempt : attempts) {
				answers.add(attempt.get(120, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
