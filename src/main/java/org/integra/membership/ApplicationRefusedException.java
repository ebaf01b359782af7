package org.integra.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.system.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A step of an application the rules refuse (not allowed from its status, something still
 * missing, no reason given, a second open application); the key says why. When something
 * is missing, the API's problem lists it as {@code missing}.
 */
public class ApplicationRefusedException extends RefusedException {

	private final List<Requirement> missing;

	public ApplicationRefusedException(String messageKey, Object... arguments) {
		this(HttpStatus.CONFLICT, List.of(), messageKey, arguments);
	}

	ApplicationRefusedException(HttpStatus status, List<Requirement> missing, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
		this.missing = List.copyOf(missing);
	}

	/** What the application still needs, when that is why the step was refused. */
	public List<Requirement> getMissing() {
		return this.missing;
	}

	@Override
	public Map<String, Object> problemProperties(MessageSource messages, Locale locale) {
		if (this.missing.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("missing",
				this.missing.stream()
					.map((requirement) -> messages.getMessage(requirement.messageKey(), null, locale))
					.toList());
		return properties;
	}

}
