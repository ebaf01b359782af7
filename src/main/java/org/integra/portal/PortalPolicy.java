package org.integra.portal;

import org.integra.system.Actor;
import org.integra.system.Roles;

/**
 * Who may do what with the portal, asked by the pages and the services alike: anyone
 * reads it, without signing in; admins edit its texts.
 */
public final class PortalPolicy {

	/** Who edits the portal's texts. */
	static final String[] EDITORS = { Roles.ADMIN };

	private final Actor actor;

	private PortalPolicy(Actor actor) {
		this.actor = actor;
	}

	/** The policy for this caller. */
	public static PortalPolicy of(Actor actor) {
		return new PortalPolicy(actor);
	}

	/** Whether the caller reads the portal: anyone, signed in or not. */
	public boolean mayRead() {
		return true;
	}

	/** Whether the caller edits the portal's texts. */
	public boolean mayEditTexts() {
		return this.actor.hasAnyRole(EDITORS);
	}

}
