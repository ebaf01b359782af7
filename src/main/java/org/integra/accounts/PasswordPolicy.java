package org.integra.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH}, not the username, and not easy to guess: the zxcvbn estimator
 * must score it at least {@value #MIN_SCORE} of 4.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	/** zxcvbn's 3: "safely unguessable", about 10^10 guesses. */
	public static final int MIN_SCORE = 3;

	private static final Zxcvbn ESTIMATOR = new Zxcvbn();

	private static final java.util.regex.Pattern REPEATED = java.util.regex.Pattern.compile("(.+?)\\1+",
			java.util.regex.Pattern.DOTALL);

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new ViolationException("accounts.password.tooShort",
					"the password must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.length() > MAX_LENGTH) {
			throw new ViolationException("accounts.password.tooLong",
					"the password must not be longer than " + MAX_LENGTH + " characters");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new ViolationException("accounts.password.isUsername",
					"the password must not be the username ('" + username + "')");
		}
		Strength strength = ESTIMATOR.measure(password, (username != null) ? List.of(username) : List.of());
		if (strength.getScore() < MIN_SCORE) {
			String warning = strength.getFeedback().getWarning();
			throw new ViolationException("accounts.password.tooWeak." + weakness(strength),
					"the password is too easy to guess (score " + strength.getScore() + " of 4, at least " + MIN_SCORE
							+ " needed)" + ((warning == null || warning.isBlank()) ? "" : ": " + warning));
		}
	}

	/**
	 * What makes the password guessable, from the longest pattern the estimator found:
	 * repeat, sequence, keyboard, word or date; other when none stands out. zxcvbn's own
	 * feedback is in English, so the message keys give the hint in the user's language.
	 */
	static String weakness(Strength strength) {
		return strength.getSequence()
			.stream()
			.filter((match) -> match.pattern != Pattern.Bruteforce)
			.max(Comparator.comparingInt((Match match) -> match.token.length()))
			// zxcvbn takes "aaaa" for a sequence of step 0: a repeat to the user
			.map((match) -> REPEATED.matcher(match.token).matches() ? "repeat" : switch (match.pattern) {
				case Repeat -> "repeat";
				case Sequence -> "sequence";
				case Spatial -> "keyboard";
				case Dictionary -> "word";
				case Date -> "date";
				default -> "other";
			})
			.orElse("other")
			.toLowerCase(Locale.ROOT);
	}

	/** A password that breaks the policy; the message key says which rule. */
	public static class ViolationException extends AccountRuleViolationException {

		ViolationException(String messageKey, String description) {
			super("password", messageKey, description);
		}

	}

}
