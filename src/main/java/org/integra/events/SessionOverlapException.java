package org.integra.events;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/**
 * A session would take place in a room at the same time as another session of the event;
 * names the other session and its times.
 */
public class SessionOverlapException extends RefusedException {

	public SessionOverlapException(String otherTitle, String otherTimes) {
		super(HttpStatus.CONFLICT, "events.session.overlap", otherTitle, otherTimes);
	}

}
