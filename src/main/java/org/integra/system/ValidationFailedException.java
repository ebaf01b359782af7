package org.integra.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * A request passed bean validation but broke a business rule that names fields; the API
 * reports it like any other validation problem.
 */
public class ValidationFailedException extends RuntimeException {

	private final BindingResult errors;

	public ValidationFailedException(BindingResult errors) {
		super("validation failed: " + errors.getErrorCount() + " errors");
		this.errors = errors;
	}

	/** One field refused for the reason the message key gives. */
	public ValidationFailedException(String field, String messageKey) {
		this(List.of(Map.entry(field, messageKey)));
	}

	/** Several fields refused, each with the message key that says why. */
	public ValidationFailedException(List<Map.Entry<String, String>> fieldKeys) {
		this(bindingResult(fieldKeys));
	}

	private static BindingResult bindingResult(List<Map.Entry<String, String>> fieldKeys) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "request");
		fieldKeys.forEach((entry) -> result.rejectValue(entry.getKey(), entry.getValue()));
		return result;
	}

	public BindingResult getErrors() {
		return this.errors;
	}

}
