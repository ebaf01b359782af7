package org.integra.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.integra.system.TextInput;

/**
 * The rules of a public registration, in plain Java: which fields it needs and how long
 * each may be, and how soon after the page was shown a person (rather than a robot) can
 * have filled it in.
 */
final class RegistrationRules {

	/** No person fills the form in faster than this. */
	static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);

	/** A form shown longer ago than this is shown again, freshly stamped. */
	static final Duration MAX_FILL_TIME = Duration.ofHours(12);

	static final int NAME_MAX = 200;

	static final int ORGANIZATION_MAX = 300;

	static final int CITY_MAX = 200;

	static final int POSITION_MAX = 200;

	/** As the directory keeps them. */
	static final int EMAIL_MAX = 254;

	static final Set<String> LANGUAGES = Set.of("es", "pt", "en");

	private RegistrationRules() {
	}

	/**
	 * The refused fields with their message keys; none when the submission may be stored.
	 * @param countryExists whether a country code is one Integra knows
	 */
	static List<Map.Entry<String, String>> problems(RegistrationSubmission submission,
			Predicate<String> countryExists) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		if (submission.name() == null) {
			problems.add(Map.entry("name", "events.register.name.required"));
		}
		else if (!fits(submission.name(), NAME_MAX)) {
			problems.add(Map.entry("name", "events.register.name.invalid"));
		}
		if (submission.organization() != null && !fits(submission.organization(), ORGANIZATION_MAX)) {
			problems.add(Map.entry("organization", "events.register.organization.invalid"));
		}
		if (submission.city() != null && !fits(submission.city(), CITY_MAX)) {
			problems.add(Map.entry("city", "events.register.city.invalid"));
		}
		if (submission.country() != null
				&& (!submission.country().matches("[A-Z]{2}") || !countryExists.test(submission.country()))) {
			problems.add(Map.entry("country", "events.register.country.invalid"));
		}
		if (submission.position() != null && !fits(submission.position(), POSITION_MAX)) {
			problems.add(Map.entry("position", "events.register.position.invalid"));
		}
		if (submission.email() == null) {
			problems.add(Map.entry("email", "events.register.email.required"));
		}
		else if (!isEmail(submission.email())) {
			problems.add(Map.entry("email", "events.register.email.invalid"));
		}
		if (submission.language() == null || !LANGUAGES.contains(submission.language())) {
			problems.add(Map.entry("language", "events.register.language.invalid"));
		}
		return problems;
	}

	/** An address of one local part and a dotted domain, without spaces or markup. */
	static boolean isEmail(String email) {
		return email.length() <= EMAIL_MAX && email
			.matches("[^@\\s<>\"'(),;:\\\\\\[\\]]+@[^@\\s<>\"'(),;:\\\\\\[\\]]+\\.[^@\\s<>\"'(),;:\\\\\\[\\]]+");
	}

	/** The address as compared: stripped and in lower case. */
	static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the form came back too soon after it was shown to have been filled in by a
	 * person.
	 */
	static boolean tooFast(Instant shownAt, Instant now) {
		return now.isBefore(shownAt.plus(MIN_FILL_TIME));
	}

	/** Whether the form was shown so long ago that it is shown again. */
	static boolean stale(Instant shownAt, Instant now) {
		return now.isAfter(shownAt.plus(MAX_FILL_TIME));
	}

	private static boolean fits(String text, int max) {
		return text.length() <= max && TextInput.isSingleLine(text);
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(text).strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
