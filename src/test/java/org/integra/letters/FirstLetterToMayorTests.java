package org.integra.letters;

import java.util.List;

import org.integra.IntegraTest;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.PersonSummary;
import org.integra.outreach.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the demo directory's city governments of 2017, the first letter to a candidate's
 * mayor fills every field, in Spanish and Portuguese.
 */
@IntegraTest
class FirstLetterToMayorTests {

	@Autowired
	LetterContacts contacts;

	@Autowired
	LetterComposer composer;

	@Autowired
	LetterTemplates templates;

	@Autowired
	CityCatalog cities;

	@Test
	void theFirstLetterToTheMayorOfCartagenaHasNoMissingField() {
		CitySummary cartagena = this.cities.candidateCities()
			.stream()
			.filter((city) -> city.name().equals("Cartagena de Indias"))
			.findFirst()
			.orElseThrow();
		PersonSummary mayor = this.contacts.contactsFor(cartagena)
			.stream()
			.filter((person) -> person.organization() != null
					&& Long.valueOf(cartagena.id()).equals(person.organization().cityId()))
			.findFirst()
			.orElseThrow();
		for (String language : List.of("es", "pt")) {
			LetterTemplate template = this.templates.list(TemplatePurpose.FIRST_LETTER_TO_MAYOR, language).get(0);
			ComposedLetter composed = this.composer.compose(new ComposeRequest(cartagena.id(), template.getId(),
					mayor.id(), Channel.DIRECT_FROM_LA_PAZ, null, null, null), "coordinacion");
			assertThat(composed.missing()).as(language).isEmpty();
			assertThat(composed.body().text()).contains("Manuel Vicente Duque Vásquez\nAlcalde Mayor\n");
		}
	}

}
