package org.integra.ranking;

import org.integra.system.Actor;
import org.integra.system.Roles;

/**
 * Who may do what with the ranking. Admins and coordinators edit criteria, units, sectors
 * and values and shortlist cities; only an admin edits the fee schedule; every signed-in
 * user but a mentor reads (the ranking reveals every candidate city).
 */
public final class RankingPolicy {

	/** Who edits the ranking's data and shortlists. */
	static final String[] EDITORS = { Roles.ADMIN, Roles.COORDINATOR };

	/** Who reads the ranking. */
	static final String[] READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.VIEWER };

	private final Actor actor;

	private RankingPolicy(Actor actor) {
		this.actor = actor;
	}

	/** The policy for this caller. */
	public static RankingPolicy of(Actor actor) {
		return new RankingPolicy(actor);
	}

	/** Who is asking, as recorded with what they do. */
	public String username() {
		return this.actor.username();
	}

	/** Whether the caller shortlists cities from the ranking. */
	public boolean mayShortlist() {
		return this.actor.hasAnyRole(EDITORS);
	}

}
