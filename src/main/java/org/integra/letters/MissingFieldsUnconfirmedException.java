package org.integra.letters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.system.ValidationFailedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.MapBindingResult;

/**
 * A letter with fields left unfilled (shown as {@code [contact.name]}) was to be
 * downloaded or sent without the user confirming that it may go out like that; nothing
 * was kept or sent. The API answers 422 listing the fields ({@code missingFields}).
 */
public class MissingFieldsUnconfirmedException extends ValidationFailedException {

	/** The field that confirms the letter may go out with fields unfilled. */
	public static final String CONFIRMATION = "confirmMissingFields";

	private static final String MESSAGE_KEY = "letters.compose.missing.unconfirmed";

	private final List<String> missingFields;

	MissingFieldsUnconfirmedException(List<String> missingFields) {
		super(errors(missingFields), HttpStatus.UNPROCESSABLE_CONTENT, MESSAGE_KEY, arguments(missingFields));
		this.missingFields = List.copyOf(missingFields);
	}

	private static MapBindingResult errors(List<String> missingFields) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "request");
		result.rejectValue(CONFIRMATION, MESSAGE_KEY, arguments(missingFields), null);
		return result;
	}

	private static Object[] arguments(List<String> missingFields) {
		return new Object[] { missingFields.size(), String.join(", ", missingFields) };
	}

	/** The fields without a value, in order of first use. */
	public List<String> getMissingFields() {
		return this.missingFields;
	}

	@Override
	public Map<String, Object> problemProperties(MessageSource messages, Locale locale) {
		return Map.of("missingFields", this.missingFields);
	}

}
