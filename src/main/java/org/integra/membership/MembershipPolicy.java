package org.integra.membership;

import org.integra.system.Actor;
import org.integra.system.Roles;

/**
 * Who may do what with membership applications, asked by the services (and the pages and
 * API to come): coordinators and admins prepare an application (open the draft, note its
 * documents, submit it, mark its documents complete, withdraw it); the secretariat and
 * admins decide (recommend, approve, reject, make the city a member); every signed-in
 * role reads them.
 */
public final class MembershipPolicy {

	/** Who prepares applications. */
	static final String[] PREPARERS = { Roles.ADMIN, Roles.COORDINATOR };

	/** Who decides on applications. */
	static final String[] DECIDERS = { Roles.ADMIN, Roles.SECRETARIAT };

	/** Who sees the applications. */
	static final String[] READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR, Roles.VIEWER };

	private final Actor actor;

	private MembershipPolicy(Actor actor) {
		this.actor = actor;
	}

	/** The policy for this caller. */
	public static MembershipPolicy of(Actor actor) {
		return new MembershipPolicy(actor);
	}

	/** Whether the caller sees applications, their history and checklist. */
	public boolean mayRead() {
		return this.actor.hasAnyRole(READERS);
	}

	/** Whether the caller opens drafts and notes documents on file. */
	public boolean mayPrepare() {
		return this.actor.hasAnyRole(PREPARERS);
	}

	/** Whether the caller recommends, approves, rejects and makes members. */
	public boolean mayDecide() {
		return this.actor.hasAnyRole(DECIDERS);
	}

	/** Whether the caller may move an application to that status. */
	public boolean mayMoveTo(ApplicationStatus to) {
		return switch (to) {
			case SUBMITTED, DOCUMENTS_COMPLETE, WITHDRAWN -> mayPrepare();
			case RECOMMENDED, APPROVED, MEMBER, REJECTED -> mayDecide();
			case DRAFT -> false;
		};
	}

}
