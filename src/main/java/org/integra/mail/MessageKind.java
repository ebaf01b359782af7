package org.integra.mail;

/**
 * The kinds of outgoing message.
 */
public enum MessageKind {

	/** A letter from a template, sent by e-mail. */
	LETTER,
	/** An e-mail from a template. */
	EMAIL,
	/** A user's daily digest of tasks. */
	DIGEST,
	/** An invitation to an event. */
	INVITATION

}
