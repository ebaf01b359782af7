package org.integra.outreach;

import org.integra.system.Actor;
import org.integra.system.Roles;

/**
 * Who may do what in the pipeline. Admins and coordinators move candidates; only an admin
 * sets member. Admins, coordinators and mentors log interactions; admins and coordinators
 * correct any, a mentor only those they logged. A user whose only role is mentor sees
 * only the candidates assigned to their city ({@link CandidateScope}).
 */
public final class OutreachPolicy {

	/** Who moves candidates and assigns mentors. */
	static final String[] MOVERS = { Roles.ADMIN, Roles.COORDINATOR };

	/** Who logs interactions. */
	static final String[] LOGGERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.MENTOR };

	/** Who sees every candidate; a mentor without one of these sees only their own. */
	static final String[] WHOLE_PIPELINE = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.VIEWER };

	private final Actor actor;

	private OutreachPolicy(Actor actor) {
		this.actor = actor;
	}

	/** The policy for this caller. */
	public static OutreachPolicy of(Actor actor) {
		return new OutreachPolicy(actor);
	}

	/**
	 * The policy for a move another module makes on its own on the user's behalf (see
	 * {@link Pipeline#advance}): as a coordinator would.
	 */
	static OutreachPolicy onBehalfOf(String username) {
		return of(Actor.of(username, Roles.COORDINATOR));
	}

	/** The policy for the caller of the current request. */
	public static OutreachPolicy current() {
		return of(Actor.current());
	}

	/** Who is asking, as recorded with what they do. */
	public String username() {
		return this.actor.username();
	}

	/** Whether the caller moves candidates between stages at all. */
	public boolean mayMoveCandidates() {
		return this.actor.hasAnyRole(MOVERS);
	}

	/** Whether the caller may move a candidate to member (admin only). */
	public boolean maySetMember() {
		return this.actor.hasAnyRole(Roles.ADMIN);
	}

	/** Whether the caller logs interactions. */
	public boolean mayLogInteractions() {
		return this.actor.hasAnyRole(LOGGERS);
	}

	/** Whether the caller may correct this interaction. */
	public boolean mayCorrect(Interaction interaction) {
		return mayCorrectLoggedBy(interaction.getRecordedBy());
	}

	/** Whether the caller may correct an interaction that this user logged. */
	public boolean mayCorrectLoggedBy(String recordedBy) {
		if (this.actor.hasAnyRole(MOVERS)) {
			return true;
		}
		return this.actor.hasAnyRole(Roles.MENTOR) && this.actor.is(recordedBy);
	}

	/**
	 * Whether the caller sees every candidate, rather than only those assigned to their
	 * city as a mentor.
	 */
	public boolean seesWholePipeline() {
		return !this.actor.hasAnyRole(Roles.MENTOR) || this.actor.hasAnyRole(WHOLE_PIPELINE);
	}

}
