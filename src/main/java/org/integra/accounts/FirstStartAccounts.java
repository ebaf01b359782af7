package org.integra.accounts;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.system.IntegraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no users yet) creates the administrator {@code admin} and, with the
 * demo data, one user per role. They all get the password from
 * {@code INTEGRA_ADMIN_PASSWORD}, or a random one printed once on the console.
 */
@Component
@Order(FirstStartAccounts.ORDER)
class FirstStartAccounts implements ApplicationRunner {

	/** After the demo cities, so that the demo mentor can be bound to Medellín. */
	static final int ORDER = 100;

	private static final String DEMO_MENTOR_CITY = "Medellín";

	private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final List<String> USERNAMES = List.of("admin", "coordinacion", "secretaria", "mentor", "consejo");

	private final UserAccountRepository users;

	private final Accounts accounts;

	private final CityCatalog cities;

	private final String configuredPassword;

	private final boolean demoData;

	@Autowired
	FirstStartAccounts(UserAccountRepository users, Accounts accounts, CityCatalog cities,
			AccountsProperties accountsSettings, IntegraProperties settings) {
		this(users, accounts, cities, accountsSettings.adminPassword(), settings.demoData());
	}

	FirstStartAccounts(UserAccountRepository users, Accounts accounts, CityCatalog cities, String configuredPassword,
			boolean demoData) {
		this.users = users;
		this.accounts = accounts;
		this.cities = cities;
		this.configuredPassword = configuredPassword;
		this.demoData = demoData;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		checkConfiguredPassword(this.configuredPassword);
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? randomPassword() : this.configuredPassword;
		this.accounts.create("admin", "Administrador", null, password, Set.of(Role.ADMIN));
		if (this.demoData) {
			this.accounts.create("coordinacion", "Coordinación (La Paz)", null, password, Set.of(Role.COORDINATOR));
			this.accounts.create("secretaria", "Secretaría Técnica Permanente", null, password,
					Set.of(Role.SECRETARIAT));
			this.cities.memberCities()
				.stream()
				.filter((city) -> city.name().equals(DEMO_MENTOR_CITY))
				.findFirst()
				.ifPresent((city) -> this.accounts.create("mentor", "Mentor (Medellín)", null, password,
						Set.of(Role.MENTOR), city.id()));
			this.accounts.create("consejo", "Consejo (observador)", null, password, Set.of(Role.VIEWER));
		}
		if (generated) {
			log.warn("""

					==========================================================
					 Integra: first start. Sign in as 'admin' with password:
					     {}
					 (shown only this once; set INTEGRA_ADMIN_PASSWORD to choose it)
					==========================================================""", password);
		}
	}

	/**
	 * Refuses to start with an {@code INTEGRA_ADMIN_PASSWORD} that breaks the password
	 * policy, saying which rule, rather than failing later on a message key.
	 */
	static void checkConfiguredPassword(String password) {
		if (password == null || password.isBlank()) {
			return;
		}
		try {
			for (String username : USERNAMES) {
				PasswordPolicy.check(username, password);
			}
		}
		catch (PasswordPolicy.ViolationException ex) {
			String message = "INTEGRA_ADMIN_PASSWORD (property integra.admin-password) is not a valid password: "
					+ ex.getMessage() + ". Set a password of " + PasswordPolicy.MIN_LENGTH + " to "
					+ PasswordPolicy.MAX_LENGTH
					+ " characters that is not a username and not easy to guess (a phrase of a few uncommon words), or unset it to get a random one printed on the console.";
			log.error(message);
			throw new IllegalStateException(message);
		}
	}

	static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
