package org.integra.events;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/** A check-in, its undoing or a message to attendees the event's state refuses. */
public class CheckInRefusedException extends RefusedException {

	public CheckInRefusedException(String messageKey) {
		super(HttpStatus.CONFLICT, messageKey);
	}

}
