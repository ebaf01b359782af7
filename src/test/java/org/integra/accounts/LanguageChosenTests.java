package org.integra.accounts;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.integra.IntegraEventTest;
import org.integra.system.LanguageChosen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language a signed-in user picks is remembered on their account.
 */
@IntegraEventTest
class LanguageChosenTests {

	@Autowired
	Accounts accounts;

	@Autowired
	UserDirectory users;

	@Test
	void aChosenLanguageIsRemembered(Scenario scenario) {
		String username = "lang-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "Lena", null, "a-long-enough-password", Set.of(Role.COORDINATOR));
		scenario.publish(new LanguageChosen(username, Locale.forLanguageTag("pt")))
			.andWaitForStateChange(() -> this.users.find(username).map(UserSummary::language).orElse(null),
					"pt"::equals)
			.andVerify((language) -> assertThat(language).isEqualTo("pt"));
	}

}
