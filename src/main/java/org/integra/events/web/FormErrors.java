package org.integra.events.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.integra.system.ValidationFailedException;

import org.springframework.validation.FieldError;

/** The message key of each refused field, for a form of plain request parameters. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> byField(ValidationFailedException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getErrors().getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.getCode());
		}
		return errors;
	}

}
