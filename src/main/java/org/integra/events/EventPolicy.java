package org.integra.events;

import org.integra.system.Actor;
import org.integra.system.Roles;

/**
 * Who may do what with events, asked by the web pages, the API and the services alike:
 * coordinators and admins run events; every signed-in role reads them.
 */
public final class EventPolicy {

	/** Who creates, edits and moves events. */
	static final String[] MANAGERS = { Roles.ADMIN, Roles.COORDINATOR };

	/**
	 * Who records an answer received by phone, e-mail or in person (a mentor: of their
	 * cities).
	 */
	static final String[] ANSWER_RECORDERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.MENTOR };

	/** Who sees the events. */
	static final String[] READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR, Roles.VIEWER };

	/** Who checks people in on the day (and adds walk-ins). */
	static final String[] CHECKERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT };

	/** Who sees the public registrations, with the registrants' addresses. */
	static final String[] REGISTRATION_READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT };

	private final Actor actor;

	private EventPolicy(Actor actor) {
		this.actor = actor;
	}

	/** The policy for this caller. */
	public static EventPolicy of(Actor actor) {
		return new EventPolicy(actor);
	}

	/** Whether the caller sees the events. */
	public boolean mayRead() {
		return this.actor.hasAnyRole(READERS);
	}

	/** Whether the caller creates events, edits them and changes their status. */
	public boolean mayManage() {
		return this.actor.hasAnyRole(MANAGERS);
	}

	/**
	 * Whether the caller records answers the team received; a mentor only for the
	 * invitations of their cities, which are all they see.
	 */
	public boolean mayRecordAnswers() {
		return this.actor.hasAnyRole(ANSWER_RECORDERS);
	}

	/** Whether the caller may edit this event now: a manager, and the event not over. */
	public boolean mayEdit(Event event) {
		return mayManage() && event.getStatus().editable();
	}

	/** Whether the caller checks people in, undoes a check-in and adds walk-ins. */
	public boolean mayCheckIn() {
		return this.actor.hasAnyRole(CHECKERS);
	}

	/** Whether the caller sees an event's public registrations. */
	public boolean mayReadRegistrations() {
		return this.actor.hasAnyRole(REGISTRATION_READERS);
	}

}
