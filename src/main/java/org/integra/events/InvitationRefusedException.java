package org.integra.events;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/** An answer or a change of an invitation the rules refuse; the key says why. */
public class InvitationRefusedException extends RefusedException {

	public InvitationRefusedException(String messageKey) {
		super(HttpStatus.CONFLICT, messageKey);
	}

}
