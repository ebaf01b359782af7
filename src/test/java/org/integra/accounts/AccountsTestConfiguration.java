package org.integra.accounts;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests can freeze and move, in place of the system clock, and a record of
 * sign-in events; part of every {@link org.integra.IntegraTest} context.
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
		return new MutableClock();
	}

}
