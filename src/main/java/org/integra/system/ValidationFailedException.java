package org.integra.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

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

	/**
	 * Shows these refusals on a page's form: each on its field when the form has that
	 * field, the others above the form.
	 * @param form the form's binding result
	 * @param formFields the fields the form shows
	 */
	public void copyTo(BindingResult form, Collection<String> formFields) {
		for (ObjectError error : this.errors.getAllErrors()) {
			if (error instanceof FieldError field && formFields.contains(field.getField())) {
				form.rejectValue(field.getField(), field.getCode(), error.getArguments(), null);
			}
			else {
				form.reject(error.getCode(), error.getArguments(), null);
			}
		}
	}

	/**
	 * Adds, beside what binding found, the refusals of the form's fields that have no
	 * error yet, so that the form shows every problem at once, one per field.
	 * @param form the form's binding result
	 * @param formFields the fields the form shows
	 */
	public void addMissingTo(BindingResult form, Collection<String> formFields) {
		for (FieldError field : this.errors.getFieldErrors()) {
			if (formFields.contains(field.getField()) && !form.hasFieldErrors(field.getField())) {
				form.rejectValue(field.getField(), field.getCode(), field.getArguments(), null);
			}
		}
	}

}
