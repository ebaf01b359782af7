package org.integra.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTests {

	@Test
	void acceptsTenCharacters() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("ana", "k7#Qm2vLx9"));
	}

	@Test
	void acceptsTheLongestAllowed() {
		assertThatNoException()
			.isThrownBy(() -> PasswordPolicy.check("ana", "grape-Volcano-17-".repeat(8).substring(0, 128)));
	}

	@Test
	void acceptsNonAsciiCharacters() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("ana", "contraseña-𝔘😀ção"));
	}

	@Test
	void rejectsNineCharacters() {
		assertThat(violation("ana", "012345678")).isEqualTo("accounts.password.tooShort");
	}

	@Test
	void rejectsNoPassword() {
		assertThat(violation("ana", null)).isEqualTo("accounts.password.tooShort");
		assertThat(violation("ana", "")).isEqualTo("accounts.password.tooShort");
	}

	@Test
	void rejectsMoreThan128Characters() {
		assertThat(violation("ana", "x".repeat(129))).isEqualTo("accounts.password.tooLong");
		assertThat(violation("ana", "x".repeat(10_000))).isEqualTo("accounts.password.tooLong");
	}

	@Test
	void rejectsTheUsernameInAnyCase() {
		assertThat(violation("coordinacion", "coordinacion")).isEqualTo("accounts.password.isUsername");
		assertThat(violation("coordinacion", "Coordinacion")).isEqualTo("accounts.password.isUsername");
	}

	@Test
	void rejectsPasswordsEasyToGuessSayingWhy() {
		assertThat(violation("ana", "aaaaaaaaaa")).isEqualTo("accounts.password.tooWeak.repeat");
		assertThat(violation("ana", "abcdefghijkl")).isEqualTo("accounts.password.tooWeak.sequence");
		assertThat(violation("ana", "abcabcabcabc")).isEqualTo("accounts.password.tooWeak.repeat");
		assertThat(violation("ana", "zxcvbnm,./")).isEqualTo("accounts.password.tooWeak.keyboard");
		assertThat(violation("ana", "19/05/1987")).isEqualTo("accounts.password.tooWeak.date");
		assertThat(violation("ana", "password123")).isEqualTo("accounts.password.tooWeak.word");
		assertThat(violation("ana", "0123456789")).startsWith("accounts.password.tooWeak.");
	}

	@Test
	void theTestAndGeneratedPasswordsAreStrongEnough() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("admin", "integra-test-password"));
		for (int i = 0; i < 50; i++) {
			String generated = FirstStartAccounts.randomPassword();
			assertThatNoException().isThrownBy(() -> PasswordPolicy.check("admin", generated));
		}
	}

	@Test
	void describesAWeakPasswordInPlainWords() {
		var violation = catchThrowableOfType(PasswordPolicy.ViolationException.class,
				() -> PasswordPolicy.check("ana", "aaaaaaaaaa"));
		assertThat(violation.getMessage()).contains("too easy to guess").doesNotContain("accounts.");
	}

	@Test
	void describesTheViolationInPlainWords() {
		var violation = catchThrowableOfType(PasswordPolicy.ViolationException.class,
				() -> PasswordPolicy.check("ana", "short"));
		assertThat(violation.getMessage()).contains("at least 10 characters").doesNotContain("accounts.");
		assertThat(violation.getField()).isEqualTo("password");
	}

	private static String violation(String username, String password) {
		return catchThrowableOfType(PasswordPolicy.ViolationException.class,
				() -> PasswordPolicy.check(username, password))
			.getMessageKey();
	}

}
