package org.integra.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryRulesTests {

	@Test
	void countryCodesAreTwoUpperCaseLettersOrEmpty() {
		assertThat(DirectoryRules.isCountryCode("PE")).isTrue();
		assertThat(DirectoryRules.isCountryCode("")).isTrue();
		assertThat(DirectoryRules.isCountryCode(null)).isTrue();
		assertThat(DirectoryRules.isCountryCode("pe")).isFalse();
		assertThat(DirectoryRules.isCountryCode("PER")).isFalse();
		assertThat(DirectoryRules.countryCode(" pe ")).isEqualTo("PE");
		assertThat(DirectoryRules.countryCode("  ")).isNull();
	}

	@Test
	void websitesAreHttpAddresses() {
		assertThat(DirectoryRules.isWebsite("https://flacma.lat")).isTrue();
		assertThat(DirectoryRules.isWebsite("")).isTrue();
		assertThat(DirectoryRules.isWebsite("javascript:alert(1)")).isFalse();
		assertThat(DirectoryRules.isWebsite("flacma.lat")).isFalse();
	}

	@Test
	void languagesAreSpanishPortugueseOrEnglish() {
		assertThat(DirectoryRules.isLanguage("es")).isTrue();
		assertThat(DirectoryRules.isLanguage("pt")).isTrue();
		assertThat(DirectoryRules.isLanguage("en")).isTrue();
		assertThat(DirectoryRules.isLanguage(null)).isTrue();
		assertThat(DirectoryRules.isLanguage("fr")).isFalse();
	}

	@Test
	void onlyOrganizationsWithoutPeopleMayBeDeleted() {
		assertThat(DirectoryRules.isDeletable(0)).isTrue();
		assertThat(DirectoryRules.isDeletable(1)).isFalse();
	}

}
