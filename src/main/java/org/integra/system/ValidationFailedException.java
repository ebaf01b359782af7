package org.integra.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

/**
 * Input refused field by field, each field with the message key of why: a request that
 * broke a business rule naming fields, or one that failed bean validation. The API
 * answers 400 listing each field with its message ({@code errors}) and the refusals of no
 * field ({@code globalErrors}).
 */
public class ValidationFailedException extends RefusedException {

	private final transient BindingResult errors;

	public ValidationFailedException(BindingResult errors) {
		super(HttpStatus.BAD_REQUEST, "api.error.validation", "api.error.validation.detail", new Object[0],
				"validation failed: " + errors.getErrorCount() + " errors");
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

	/**
	 * Fields refused with an answer of their own: the status's title, the message key as
	 * detail, and the members the subclass adds.
	 * @param errors the refused fields
	 * @param httpStatus what the API answers with
	 * @param messageKey the problem's detail
	 * @param arguments the detail's arguments
	 */
	protected ValidationFailedException(BindingResult errors, HttpStatus httpStatus, String messageKey,
			Object... arguments) {
		super(httpStatus, null, messageKey, arguments, "validation failed: " + errors.getErrorCount() + " errors");
		this.errors = errors;
	}

	public BindingResult getErrors() {
		return this.errors;
	}

	@Override
	public Map<String, Object> problemProperties(MessageSource messages, Locale locale) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("errors",
				this.errors.getFieldErrors()
					.stream()
					.map((error) -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
					.toList());
		List<String> global = this.errors.getGlobalErrors()
			.stream()
			.map((error) -> messages.getMessage(error, locale))
			.toList();
		if (!global.isEmpty()) {
			properties.put("globalErrors", global);
		}
		return properties;
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
