package org.integra.system;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * An action that the application's rules refuse: input they do not accept, or a record
 * whose state does not allow it. Nothing was changed. It carries the message key that
 * tells the user why, with its arguments, and the status the API answers with; pages
 * catch it and show the message.
 * <p>
 * The API answers every refusal alike ({@code ApiExceptionHandler}): problem+json with
 * this status, the title of {@link #getTitleKey()}, the message as detail, and the
 * members a refusal adds in {@link #problemProperties}.
 */
public class RefusedException extends RuntimeException {

	private final HttpStatus httpStatus;

	private final String titleKey;

	private final String messageKey;

	private final transient Object[] arguments;

	/**
	 * A refusal titled by its status ({@code api.error.title.<status>}).
	 * @param httpStatus what the API answers with
	 * @param messageKey the message that tells the user why
	 * @param arguments the message's arguments
	 */
	public RefusedException(HttpStatus httpStatus, String messageKey, Object... arguments) {
		this(httpStatus, null, messageKey, arguments, messageKey);
	}

	/**
	 * A refusal with a title of its own and a description for logs other than its message
	 * key.
	 * @param httpStatus what the API answers with
	 * @param titleKey the problem's title; null for the status's title
	 * @param messageKey the message that tells the user why
	 * @param arguments the message's arguments
	 * @param description the exception's message, for logs
	 */
	protected RefusedException(HttpStatus httpStatus, String titleKey, String messageKey, Object[] arguments,
			String description) {
		super(description);
		this.httpStatus = httpStatus;
		this.titleKey = titleKey;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The status the API answers this refusal with. */
	public HttpStatus getHttpStatus() {
		return this.httpStatus;
	}

	/** The message key of the API problem's title. */
	public String getTitleKey() {
		return (this.titleKey != null) ? this.titleKey : "api.error.title." + this.httpStatus.value();
	}

	/** The message key that tells the user why. */
	public String getMessageKey() {
		return this.messageKey;
	}

	/** The arguments of the message key. */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	/**
	 * The members the API's problem has besides status, title and detail, e.g. the
	 * refused fields or the records in the way; none unless a refusal says more.
	 * @param messages to put what the members say in the caller's language
	 * @param locale the caller's language
	 * @return the members by name, in the order they are to appear
	 */
	public Map<String, Object> problemProperties(MessageSource messages, Locale locale) {
		return Map.of();
	}

}
