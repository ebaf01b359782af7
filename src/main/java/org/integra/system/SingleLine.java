package org.integra.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text that must fit on one line, such as a title, subject or name: a line break in it
 * would break e-mail headers, CSV exports and page layouts, so it is refused rather than
 * silently removed. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "{SingleLine}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
