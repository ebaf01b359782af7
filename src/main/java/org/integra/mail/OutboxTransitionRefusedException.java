package org.integra.mail;

import java.util.Locale;
import java.util.Map;

import org.integra.system.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * An admin action the message's status does not allow, e.g. cancelling a message that was
 * already sent, with the message key of why; the API answers 409 with the message's
 * status as {@code messageStatus}.
 */
public class OutboxTransitionRefusedException extends RefusedException {

	private final OutboxStatus status;

	public OutboxTransitionRefusedException(String messageKey, OutboxStatus status) {
		super(HttpStatus.CONFLICT, messageKey);
		this.status = status;
	}

	/** The status the message had when the action was refused. */
	public OutboxStatus getStatus() {
		return this.status;
	}

	@Override
	public Map<String, Object> problemProperties(MessageSource messages, Locale locale) {
		return Map.of("messageStatus", this.status);
	}

}
