package org.integra.outreach;

/**
 * A stage move the transition rules refuse; the message is the reason's message key.
 */
public class MoveRefusedException extends RuntimeException {

	public MoveRefusedException(String messageKey) {
		super(messageKey);
	}

	public String getMessageKey() {
		return getMessage();
	}

}
