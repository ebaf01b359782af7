package org.integra.outreach;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the pipeline. Admins, coordinators, the secretariat and viewers read it;
 * admins and coordinators move candidates, log interactions and assign mentors. A mentor
 * reads the pipeline and logs interactions, and {@link CandidateScope} limits both to the
 * candidates assigned to their city; moves, mentor assignment and the mentor activity
 * view stay closed to them.
 */
@Configuration(proxyBeanMethods = false)
class OutreachConfiguration {

	static final String[] EDITORS = OutreachPolicy.MOVERS;

	static final String[] READERS = OutreachPolicy.WHOLE_PIPELINE;

	static final String[] SCOPED_READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.VIEWER,
			Roles.MENTOR };

	static final String[] LOGGERS = OutreachPolicy.LOGGERS;

	@Bean
	AccessRules outreachAccessRules() {
		return (rules) -> rules
			// closed to mentors: who mentors whom, and how active each mentor is
			.requestMatchers(HttpMethod.GET, "/outreach/mentors", "/outreach/mentors/**", "/api/v1/mentor-activity",
					"/outreach/candidates/*/mentors/**", "/api/v1/candidates/*/mentor-suggestions")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.GET, "/outreach/**", "/api/v1/candidates", "/api/v1/candidates/**",
					"/api/v1/interactions", "/api/v1/interactions/**", "/api/v1/channel-matrix",
					"/api/v1/channel-matrix/**", "/api/v1/mentor-assignments", "/api/v1/mentor-assignments/**")
			.hasAnyRole(SCOPED_READERS)
			.requestMatchers(HttpMethod.POST, "/outreach/candidates/*/interactions", "/outreach/interactions/*/edit",
					"/api/v1/interactions")
			.hasAnyRole(LOGGERS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/interactions/*")
			.hasAnyRole(LOGGERS)
			.requestMatchers("/outreach/**", "/api/v1/candidates/**", "/api/v1/interactions/**",
					"/api/v1/mentor-assignments", "/api/v1/mentor-assignments/**")
			.hasAnyRole(EDITORS);
	}

	@Bean
	NavigationItem outreachNavigation() {
		return NavigationItem.forRoles("outreach", "nav.outreach", "/outreach/candidates", 40, SCOPED_READERS);
	}

}
