package org.integra.mail;

/**
 * Where a message of the outbox stands.
 */
public enum OutboxStatus {

	/** Waiting for its next attempt. */
	QUEUED,
	/** Claimed by the sender, being handed to the SMTP server. */
	SENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Given up after its attempts; an admin may retry it. */
	FAILED,
	/** Cancelled by an admin before it went out. */
	CANCELLED

}
