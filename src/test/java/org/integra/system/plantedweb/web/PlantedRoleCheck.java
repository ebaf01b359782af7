package org.integra.system.plantedweb.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A web class that checks roles itself, as no web class may: proves that
 * {@code WebLayerRoleChecksTests} catches it.
 */
class PlantedRoleCheck {

	boolean admin(HttpServletRequest request) {
		return request.isUserInRole("ADMIN");
	}

	boolean coordinator(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch("COORDINATOR"::equals);
	}

}
