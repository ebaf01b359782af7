package org.integra.membership;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the membership module.
 *
 * @param councilApprovalCountries the countries (ISO codes) whose law requires the city
 * council's approval before a city joins, so that an application's documents are complete
 * only with it on file. The default (Colombia, Peru, Ecuador, Panama) is inferred from
 * domain-facts §2.2: Ibagué (CO) had to submit the decision to its Concejo Municipal, and
 * the same probably applies in Peru (Acuerdo de Concejo), Ecuador (resolución del
 * Concejo) and Panama; no source confirms that the network itself asks for it.
 */
@ConfigurationProperties("integra.membership")
public record MembershipProperties(@DefaultValue( {
		"CO", "PE", "EC", "PA" }) Set<String> councilApprovalCountries){

	public MembershipProperties {
		councilApprovalCountries = councilApprovalCountries.stream()
			.map((code) -> code.strip().toUpperCase(Locale.ROOT))
			.filter((code) -> !code.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether a city of that country needs its council's approval on file. */
	public boolean requiresCouncilApproval(String countryCode) {
		return countryCode != null && this.councilApprovalCountries.contains(countryCode.toUpperCase(Locale.ROOT));
	}

}
