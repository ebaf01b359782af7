package org.integra.system;

import org.springframework.validation.BindingResult;

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

	public BindingResult getErrors() {
		return this.errors;
	}

}
