package org.integra.tasks;

import org.integra.system.Actor;
import org.integra.system.Roles;

/**
 * Who may do what with tasks. Every signed-in user reads their own tasks; admins,
 * coordinators, the secretariat and mentors create, change and close them (a mentor only
 * within their scope, which {@link Tasks} enforces); admins and coordinators see the
 * whole team's.
 */
public final class TaskPolicy {

	/** Who creates, changes and closes tasks. */
	static final String[] EDITORS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR };

	/** Who sees the team's tasks. */
	static final String[] TEAM = { Roles.ADMIN, Roles.COORDINATOR };

	private final Actor actor;

	private TaskPolicy(Actor actor) {
		this.actor = actor;
	}

	/** The policy for this caller. */
	public static TaskPolicy of(Actor actor) {
		return new TaskPolicy(actor);
	}

	/** Whether the caller creates, changes and closes tasks. */
	public boolean mayEditTasks() {
		return this.actor.hasAnyRole(EDITORS);
	}

	/** Whether the caller sees every user's tasks in the team view. */
	public boolean mayViewTeam() {
		return this.actor.hasAnyRole(TEAM);
	}

}
