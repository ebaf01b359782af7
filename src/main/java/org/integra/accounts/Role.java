package org.integra.accounts;

import org.integra.system.Roles;

/**
 * What a user may do; see the roles table of the product specification.
 */
public enum Role {

	ADMIN(Roles.ADMIN), COORDINATOR(Roles.COORDINATOR), SECRETARIAT(Roles.SECRETARIAT), MENTOR(Roles.MENTOR),
	VIEWER(Roles.VIEWER);

	private final String authority;

	Role(String name) {
		this.authority = "ROLE_" + name;
	}

	public String authority() {
		return this.authority;
	}

}
