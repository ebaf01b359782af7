package org.integra.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SingleLine}: valid when the text has no line break.
 */
public class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return TextInput.isSingleLine(value);
	}

}
