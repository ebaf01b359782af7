package org.integra.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTests {

	@Test
	void acceptsTenCharacters() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("ana", "0123456789"));
	}

	@Test
	void acceptsTheLongestAllowed() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("ana", "x".repeat(128)));
	}

	@Test
	void acceptsNonAsciiCharacters() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("ana", "contraseña-𝔘😀ção"));
	}

	@Test
	void rejectsNineCharacters() {
		assertThat(violation("ana", "012345678")).isEqualTo("accounts.password.too-short");
	}

	@Test
	void rejectsNoPassword() {
		assertThat(violation("ana", null)).isEqualTo("accounts.password.too-short");
		assertThat(violation("ana", "")).isEqualTo("accounts.password.too-short");
	}

	@Test
	void rejectsMoreThan128Characters() {
		assertThat(violation("ana", "x".repeat(129))).isEqualTo("accounts.password.too-long");
		assertThat(violation("ana", "x".repeat(10_000))).isEqualTo("accounts.password.too-long");
	}

	@Test
	void rejectsTheUsernameInAnyCase() {
		assertThat(violation("coordinacion", "coordinacion")).isEqualTo("accounts.password.is-username");
		assertThat(violation("coordinacion", "Coordinacion")).isEqualTo("accounts.password.is-username");
	}

	@Test
	void describesTheViolationInPlainWords() {
		var violation = catchThrowableOfType(PasswordPolicy.Violation.class,
				() -> PasswordPolicy.check("ana", "short"));
		assertThat(violation.getMessage()).contains("at least 10 characters").doesNotContain("accounts.");
		assertThat(violation.getField()).isEqualTo("password");
	}

	private static String violation(String username, String password) {
		return catchThrowableOfType(PasswordPolicy.Violation.class, () -> PasswordPolicy.check(username, password))
			.getMessageKey();
	}

}
