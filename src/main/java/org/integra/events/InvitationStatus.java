package org.integra.events;

/**
 * Where an invitation stands: asked for by someone who got a forwarded link (waiting for
 * a coordinator), sent, accepted, on the waiting list (accepted when the event was full),
 * declined, or withdrawn by the team.
 */
public enum InvitationStatus {

	REQUESTED, SENT, ACCEPTED, WAITLISTED, DECLINED, WITHDRAWN;

	/** Whether the invitee has not answered yet. */
	public boolean awaitsAnswer() {
		return this == SENT;
	}

	/** Whether the invitee may still answer or change the answer. */
	public boolean answerable() {
		return this == SENT || this == ACCEPTED || this == WAITLISTED || this == DECLINED;
	}

	/** Whether it counts among the invited: sent, whatever the answer. */
	public boolean invited() {
		return this != REQUESTED && this != WITHDRAWN;
	}

}
