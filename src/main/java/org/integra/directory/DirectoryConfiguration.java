package org.integra.directory;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the directory's routes, and its navigation entry. Mentors have no access to
 * the directory for now.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

	static final String[] EDITORS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT };

	static final String[] READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.VIEWER };

	@Bean
	AccessRules directoryAccessRules() {
		return (rules) -> {
			rules
				.requestMatchers(HttpMethod.GET, "/directory/*/new", "/directory/*/*/edit", "/directory/*/*/delete",
						"/directory/organizations/*/relationships/new", "/directory/*/*/merge", "/directory/import")
				.hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.POST, "/directory/**", "/api/v1/organizations", "/api/v1/organizations/**",
						"/api/v1/people", "/api/v1/people/**", "/api/v1/relationships")
				.hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.PUT, "/api/v1/organizations/**", "/api/v1/people/**").hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.DELETE, "/directory/**", "/api/v1/organizations/**", "/api/v1/people/**",
						"/api/v1/relationships/**")
				.hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.GET, "/directory", "/directory/**", "/api/v1/organizations",
						"/api/v1/organizations/**", "/api/v1/people", "/api/v1/people/**", "/api/v1/relationships/**")
				.hasAnyRole(READERS);
		};
	}

	@Bean
	NavigationItem directoryNavigation() {
		return NavigationItem.forRoles("directory", "nav.directory", "/directory/organizations", 35, READERS);
	}

}
