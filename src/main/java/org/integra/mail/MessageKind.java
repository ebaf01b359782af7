package org.integra.mail;

import org.springframework.modulith.NamedInterface;

/**
 * The kinds of outgoing message.
 */
@NamedInterface(name = "api", propagate = false)
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
