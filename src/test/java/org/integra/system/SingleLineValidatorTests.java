package org.integra.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SingleLineValidatorTests {

	private final SingleLineValidator validator = new SingleLineValidator();

	@Test
	void textWithoutLineBreaksIsValid() {
		assertThat(this.validator.isValid("Visita a Rosario: acta y fotos", null)).isTrue();
		assertThat(this.validator.isValid("São Paulo 😀 <b>", null)).isTrue();
		assertThat(this.validator.isValid("", null)).isTrue();
		assertThat(this.validator.isValid(null, null)).isTrue();
	}

	@Test
	void everyKindOfLineBreakIsRefused() {
		for (String text : new String[] { "a\r\nb", "a\nb", "a\rb", "trailing\n", "a" + (char) 0x85 + "b",
				"a" + (char) 0x2028 + "b", "a" + (char) 0x2029 + "b" }) {
			assertThat(this.validator.isValid(text, null)).as(text).isFalse();
		}
	}

}
