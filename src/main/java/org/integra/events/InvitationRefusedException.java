package org.integra.events;

/** An answer or a change of an invitation the rules refuse; the key says why. */
public class InvitationRefusedException extends RuntimeException {

	private final String messageKey;

	public InvitationRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
