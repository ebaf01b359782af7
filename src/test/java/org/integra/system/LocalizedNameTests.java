package org.integra.system;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.integra.cities.CountryForm;
import org.integra.ranking.CriterionForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared three-language name: which name a language gets, and the rules every form
 * asking for the three names applies.
 */
class LocalizedNameTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void eachLanguageGetsItsNameAndTheOthersSpanish() {
		LocalizedName names = new LocalizedName("Salud", "Saúde", "Health");
		assertThat(names.name(Locale.forLanguageTag("pt"))).isEqualTo("Saúde");
		assertThat(names.name(Locale.ENGLISH)).isEqualTo("Health");
		assertThat(names.name(Locale.forLanguageTag("es"))).isEqualTo("Salud");
		assertThat(names.name(Locale.FRENCH)).isEqualTo("Salud");
		assertThat(names.name(null)).isEqualTo("Salud");
	}

	@Test
	void aMissingEnglishNameFallsBackToSpanish() {
		assertThat(new LocalizedName("Salud", "Saúde", null).name(Locale.ENGLISH)).isEqualTo("Salud");
		assertThat(new LocalizedName("Salud", "Saúde", " ").name(Locale.ENGLISH)).isEqualTo("Salud");
	}

	@Test
	void aFormGivesTheNamesTrimmedAndAnEmptyEnglishNameAsNone() {
		CriterionForm form = new CriterionForm();
		form.setNameEs(" Salud ");
		form.setNamePt("Saúde ");
		form.setNameEn("  ");
		assertThat(form.toNames()).isEqualTo(new LocalizedName("Salud", "Saúde", null));
	}

	@Test
	void formsNeedingEnglishRefuseItMissingAndCountriesKeepTheirShorterColumns() {
		CriterionForm criterion = new CriterionForm();
		criterion.setNameEs("Salud");
		criterion.setNamePt("Saúde\nBcc: x");
		assertThat(fields(this.validator.validate(criterion))).contains("namePt", "nameEn");

		CountryForm country = new CountryForm();
		country.setNameEs("x".repeat(101));
		country.setNamePt("x".repeat(100));
		country.setNameEn("x");
		assertThat(fields(this.validator.validate(country))).contains("nameEs").doesNotContain("namePt", "nameEn");
	}

	private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
		return violations.stream()
			.map((violation) -> violation.getPropertyPath().toString())
			.collect(java.util.stream.Collectors.toSet());
	}

}
