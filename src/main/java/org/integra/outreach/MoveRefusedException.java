package org.integra.outreach;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/**
 * A stage move the transition rules refuse, with the message key of why.
 */
public class MoveRefusedException extends RefusedException {

	public MoveRefusedException(String messageKey) {
		super(HttpStatus.CONFLICT, messageKey);
	}

}
