package org.integra.directory;

import org.integra.directory.DuplicateMatcher.OrganizationFacts;
import org.integra.directory.DuplicateMatcher.PersonFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateMatcherTests {

	@Test
	void organizationsMatchOnFoldedNameIgnoringAccentsCasePunctuationAndSpaces() {
		assertThat(DuplicateMatcher.matches(new OrganizationFacts("Asociación de Municipalidades del Perú", "PE"),
				new OrganizationFacts("  ASOCIACION de   municipalidades, del Peru. ", "pe")))
			.isTrue();
		assertThat(DuplicateMatcher.matches(new OrganizationFacts("AMPE - Asociación", "PE"),
				new OrganizationFacts("AMPE Asociación", "PE")))
			.isTrue();
	}

	@Test
	void organizationsInDifferentCountriesDoNotMatch() {
		assertThat(DuplicateMatcher.matches(new OrganizationFacts("Ministerio del Interior", "PE"),
				new OrganizationFacts("Ministerio del Interior", "CO")))
			.isFalse();
		assertThat(DuplicateMatcher.matches(new OrganizationFacts("Ministerio del Interior", "PE"),
				new OrganizationFacts("Ministerio del Interior", null)))
			.isFalse();
	}

	@Test
	void organizationsBothWithoutCountryMatch() {
		assertThat(DuplicateMatcher.matches(new OrganizationFacts("UCCI", null), new OrganizationFacts("ucci", "")))
			.isTrue();
	}

	@Test
	void articlesAndDifferentWordsAreNotFolded() {
		assertThat(DuplicateMatcher.matches(new OrganizationFacts("Municipalidad de Lima", "PE"),
				new OrganizationFacts("Municipalidad Lima", "PE")))
			.isFalse();
		assertThat(DuplicateMatcher.matches(new OrganizationFacts("", null), new OrganizationFacts("", null)))
			.isFalse();
	}

	@Test
	void peopleMatchOnEmailIgnoringCaseAndSpaces() {
		assertThat(DuplicateMatcher.matches(new PersonFacts("Ana Pérez", " Ana@Example.org ", false, null),
				new PersonFacts("A. Pérez Gómez", "ana@example.org", true, "PE")))
			.isTrue();
	}

	@Test
	void peopleMatchOnNameAndOrganizationCountry() {
		assertThat(DuplicateMatcher.matches(new PersonFacts("José Núñez", null, true, "PE"),
				new PersonFacts("jose nunez", "other@example.org", true, "pe")))
			.isTrue();
		assertThat(DuplicateMatcher.matches(new PersonFacts("José Núñez", null, true, "PE"),
				new PersonFacts("José Núñez", null, true, "CO")))
			.isFalse();
	}

	@Test
	void peopleWithoutOrganizationMatchOnlyOthersWithoutOne() {
		assertThat(DuplicateMatcher.matches(new PersonFacts("José Núñez", null, false, null),
				new PersonFacts("Jose Nunez", null, false, null)))
			.isTrue();
		assertThat(DuplicateMatcher.matches(new PersonFacts("José Núñez", null, false, null),
				new PersonFacts("Jose Nunez", null, true, null)))
			.isFalse();
	}

	@Test
	void differentNamesAndEmailsDoNotMatch() {
		assertThat(DuplicateMatcher.matches(new PersonFacts("José Núñez", "a@example.org", false, null),
				new PersonFacts("José Nuñes", "b@example.org", false, null)))
			.isFalse();
		assertThat(DuplicateMatcher.emailKey("  ")).isNull();
	}

}
