package org.integra.mail;

/**
 * An admin action the message's status does not allow, e.g. cancelling a message that was
 * already sent; the message is the reason's message key.
 */
public class OutboxTransitionRefused extends RuntimeException {

	private final OutboxStatus status;

	public OutboxTransitionRefused(String messageKey, OutboxStatus status) {
		super(messageKey);
		this.status = status;
	}

	public String getMessageKey() {
		return getMessage();
	}

	/** The status the message had when the action was refused. */
	public OutboxStatus getStatus() {
		return this.status;
	}

}
