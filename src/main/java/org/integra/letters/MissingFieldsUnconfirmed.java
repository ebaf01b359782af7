package org.integra.letters;

import java.util.HashMap;
import java.util.List;

import org.integra.system.ValidationFailedException;

import org.springframework.validation.MapBindingResult;

/**
 * A letter with fields left unfilled (shown as {@code [contact.name]}) was to be
 * downloaded or sent without the user confirming that it may go out like that; nothing
 * was kept or sent.
 */
public class MissingFieldsUnconfirmed extends ValidationFailedException {

	/** The field that confirms the letter may go out with fields unfilled. */
	public static final String CONFIRMATION = "confirmMissingFields";

	private final List<String> missingFields;

	MissingFieldsUnconfirmed(List<String> missingFields) {
		super(errors(missingFields));
		this.missingFields = List.copyOf(missingFields);
	}

	private static MapBindingResult errors(List<String> missingFields) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "request");
		result.rejectValue(CONFIRMATION, "letters.compose.missing.unconfirmed",
				new Object[] { missingFields.size(), String.join(", ", missingFields) }, null);
		return result;
	}

	/** The fields without a value, in order of first use. */
	public List<String> getMissingFields() {
		return this.missingFields;
	}

}
