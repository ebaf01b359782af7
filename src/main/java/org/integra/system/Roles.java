package org.integra.system;

/**
 * Role names as Spring Security authorities use them, shared so that each module can
 * write its access rules without depending on the accounts module.
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String COORDINATOR = "COORDINATOR";

	public static final String SECRETARIAT = "SECRETARIAT";

	public static final String MENTOR = "MENTOR";

	public static final String VIEWER = "VIEWER";

	private Roles() {
	}

}
