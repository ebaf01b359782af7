package org.integra.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageKeysTests {

	@Test
	void turnsEachKebabSegmentIntoCamelCase() {
		assertThat(MessageKeys.camelCase("not-found")).isEqualTo("notFound");
		assertThat(MessageKeys.camelCase("geonames.problem.not-utf8")).isEqualTo("geonames.problem.notUtf8");
		assertThat(MessageKeys.camelCase("geonames.problem.not-a-number")).isEqualTo("geonames.problem.notANumber");
		assertThat(MessageKeys.camelCase("accounts.password.too-weak.repeat"))
			.isEqualTo("accounts.password.tooWeak.repeat");
	}

	@Test
	void leavesCamelCaseAndEnumConstantsAsTheyAre() {
		assertThat(MessageKeys.camelCase("accounts.user.notFound")).isEqualTo("accounts.user.notFound");
		assertThat(MessageKeys.camelCase("outreach.stage.SHORTLISTED")).isEqualTo("outreach.stage.SHORTLISTED");
		assertThat(MessageKeys.camelCase("")).isEmpty();
	}

	@Test
	void keepsHyphensThatJoinNoWords() {
		assertThat(MessageKeys.camelCase("-a")).isEqualTo("-a");
		assertThat(MessageKeys.camelCase("a-")).isEqualTo("a-");
		assertThat(MessageKeys.camelCase("a.-b")).isEqualTo("a.-b");
	}

	@Test
	void namesTheKeyOfACodeUnderAPrefix() {
		assertThat(MessageKeys.of("tasks.sort", "due-desc")).isEqualTo("tasks.sort.dueDesc");
		assertThat(MessageKeys.of("login.error", "disabled")).isEqualTo("login.error.disabled");
	}

}
