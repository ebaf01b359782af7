package org.integra.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRulesTests {

	private static final Set<String> COUNTRIES = Set.of("BO", "BR");

	@Test
	void aCompleteSubmissionHasNoProblems() {
		assertThat(RegistrationRules.problems(submission("Ana", "ana@example.org", "bo", "es"), COUNTRIES::contains))
			.isEmpty();
	}

	@Test
	void nameAndAddressAreRequiredAndTheOtherFieldsChecked() {
		assertThat(RegistrationRules
			.problems(new RegistrationSubmission("  ", "x".repeat(301), "La\nPaz", "ZZ", null, "not-an-address", "fr"),
					COUNTRIES::contains)
			.stream()
			.map(Map.Entry::getValue)).containsExactly("events.register.name.required",
					"events.register.organization.invalid", "events.register.city.invalid",
					"events.register.country.invalid", "events.register.email.invalid",
					"events.register.language.invalid");
		assertThat(RegistrationRules.problems(submission("Ana", null, null, "es"), COUNTRIES::contains)
			.stream()
			.map(Map.Entry::getKey)).containsExactly("email");
	}

	@Test
	void fieldsAreStrippedWithoutNulAndEmptyBecomesNull() {
		RegistrationSubmission clean = new RegistrationSubmission(" Ana\u0000 ", "", null, " br ", " ", "a@b.org ",
				"pt");
		assertThat(clean.name()).isEqualTo("Ana");
		assertThat(clean.organization()).isNull();
		assertThat(clean.country()).isEqualTo("BR");
		assertThat(clean.position()).isNull();
		assertThat(clean.email()).isEqualTo("a@b.org");
	}

	@Test
	void addressesWithMarkupOrSpacesAreRefused() {
		assertThat(RegistrationRules.isEmail("ana@example.org")).isTrue();
		assertThat(RegistrationRules.isEmail("\"><img@x.org")).isFalse();
		assertThat(RegistrationRules.isEmail("a b@x.org")).isFalse();
		assertThat(RegistrationRules.isEmail("a@" + "x".repeat(250) + ".org")).isFalse();
	}

	@Test
	void aFormBackWithinTheMinimumFillTimeIsTooFastAndAnOldOneStale() {
		Instant shown = Instant.parse("2026-01-01T10:00:00Z");
		assertThat(RegistrationRules.tooFast(shown, shown.plusSeconds(1))).isTrue();
		assertThat(RegistrationRules.tooFast(shown, shown.plus(RegistrationRules.MIN_FILL_TIME))).isFalse();
		assertThat(RegistrationRules.stale(shown, shown.plus(Duration.ofHours(13)))).isTrue();
		assertThat(RegistrationRules.stale(shown, shown.plus(Duration.ofHours(1)))).isFalse();
	}

	@Test
	void aStampIsReadBackOnlyWhenItsSignatureIsRight() {
		Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
		FormStamps stamps = new FormStamps(new byte[32], clock);
		String stamp = stamps.issue();
		assertThat(stamps.shownAt(stamp)).contains(clock.instant());
		String millis = stamp.substring(0, stamp.indexOf('.'));
		String forged = (Long.parseLong(millis) - 60_000) + stamp.substring(stamp.indexOf('.'));
		assertThat(stamps.shownAt(forged)).isEmpty();
		assertThat(new FormStamps(new byte[] { 1, 2, 3 }, clock).shownAt(stamp)).isEmpty();
		assertThat(stamps.shownAt("nonsense")).isEmpty();
		assertThat(stamps.shownAt(null)).isEmpty();
		assertThat(stamps.shownAt("12.%%%")).isEmpty();
	}

	private static RegistrationSubmission submission(String name, String email, String country, String language) {
		return new RegistrationSubmission(name, "Alcaldía", "La Paz", country, "Director", email, language);
	}

}
