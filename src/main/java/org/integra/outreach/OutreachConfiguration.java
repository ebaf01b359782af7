package org.integra.outreach;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may see the pipeline (admins, coordinators, secretariat, viewers) and move
 * candidates (admins and coordinators). Mentors are kept out until their view is limited
 * to the candidates assigned to their city.
 */
@Configuration(proxyBeanMethods = false)
class OutreachConfiguration {

	static final String[] EDITORS = { Roles.ADMIN, Roles.COORDINATOR };

	static final String[] READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.VIEWER };

	@Bean
	AccessRules outreachAccessRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/outreach/**", "/api/v1/candidates", "/api/v1/candidates/**")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/outreach/**", "/api/v1/candidates/**")
			.hasAnyRole(EDITORS);
	}

	@Bean
	NavigationItem outreachNavigation() {
		return NavigationItem.forRoles("outreach", "nav.outreach", "/outreach/candidates", 40, READERS);
	}

}
