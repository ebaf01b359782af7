package org.integra.membership;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MembershipProperties.class)
class MembershipConfiguration {

	/** Who takes some step of an application: those who prepare and those who decide. */
	static String[] stepTakers() {
		Set<String> roles = new LinkedHashSet<>(List.of(MembershipPolicy.PREPARERS));
		roles.addAll(List.of(MembershipPolicy.DECIDERS));
		return roles.toArray(String[]::new);
	}

	/**
	 * Pages and API read by every signed-in role; opening applications and noting their
	 * documents by those who prepare them; steps by those who prepare or decide (the
	 * service checks which step).
	 */
	@Bean
	AccessRules membershipAccessRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/membership/applications", "/membership/applications/**",
					"/api/v1/applications", "/api/v1/applications/**")
			.hasAnyRole(MembershipPolicy.READERS)
			.requestMatchers(HttpMethod.POST, "/membership/applications/*/steps", "/api/v1/applications/*/steps")
			.hasAnyRole(stepTakers())
			.requestMatchers("/membership/applications", "/membership/applications/**", "/api/v1/applications",
					"/api/v1/applications/**")
			.hasAnyRole(MembershipPolicy.PREPARERS);
	}

	@Bean
	NavigationItem membershipNavigation() {
		return NavigationItem.forRoles("membership", "nav.membership", "/membership/applications", 44,
				MembershipPolicy.READERS);
	}

}
