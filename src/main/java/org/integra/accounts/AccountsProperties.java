package org.integra.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts' and sign-in's settings ({@code integra.admin-password},
 * {@code integra.security.*}).
 *
 * @param adminPassword the password of the first administrator, created on the first
 * start (INTEGRA_ADMIN_PASSWORD); empty for a generated one, written to the log
 * @param security the sign-in's protection
 */
@ConfigurationProperties("integra")
public record AccountsProperties(@DefaultValue("") String adminPassword, @DefaultValue Security security) {

	public AccountsProperties {
		adminPassword = (adminPassword != null) ? adminPassword : "";
	}

	/**
	 * @param loginRate how often one client may try to sign in
	 */
	public record Security(@DefaultValue LoginRate loginRate) {
	}

	/**
	 * @param capacity sign-in attempts allowed at once, at least 1
	 * @param period the time in which one attempt is given back
	 */
	public record LoginRate(@DefaultValue("10") long capacity, @DefaultValue("PT1M") Duration period) {
	}

}
