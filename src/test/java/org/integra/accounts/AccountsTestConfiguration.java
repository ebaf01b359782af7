package org.integra.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests can move, in place of the system clock, and a record of sign-in
 * events.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AccountsTestConfiguration {

	@Bean
	SignInEvents signInEvents() {
		return new SignInEvents();
	}

	@Bean
	@Primary
	MutableClock mutableClock() {
		// whole milliseconds: the database keeps microseconds and may round
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

}
