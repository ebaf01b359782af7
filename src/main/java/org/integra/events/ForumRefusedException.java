package org.integra.events;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/** A forum's state does not allow the change, e.g. the forum was cancelled. */
public class ForumRefusedException extends RefusedException {

	public ForumRefusedException(String messageKey) {
		super(HttpStatus.CONFLICT, messageKey);
	}

}
