package org.integra.ranking;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the ranking module's routes, and its navigation entry. ADMIN and
 * COORDINATOR edit criteria, units, priorities and values; only ADMIN edits the fee
 * schedule; every signed-in user reads.
 */
@Configuration(proxyBeanMethods = false)
class RankingConfiguration {

	static final String[] EDITORS = { Roles.ADMIN, Roles.COORDINATOR };

	@Bean
	AccessRules rankingAccessRules() {
		return (rules) -> {
			rules.requestMatchers(HttpMethod.GET, "/ranking/fees/edit").hasRole(Roles.ADMIN);
			rules.requestMatchers(HttpMethod.POST, "/ranking/fees", "/ranking/fees/**").hasRole(Roles.ADMIN);
			rules
				.requestMatchers(HttpMethod.GET, "/ranking/criteria/new", "/ranking/criteria/*/edit",
						"/ranking/units/new", "/ranking/units/*/edit", "/ranking/values/import",
						"/ranking/values/template.csv", "/ranking/shortlist/new")
				.hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.POST, "/ranking/**").hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.POST, "/api/v1/criteria", "/api/v1/criteria/**", "/api/v1/shortlist")
				.hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.PUT, "/api/v1/criteria/**", "/api/v1/cities/*/criteria-values/**",
						"/api/v1/cities/*/criteria-values")
				.hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.GET, "/ranking/**", "/api/v1/criteria", "/api/v1/criteria/**",
						"/api/v1/shortlist", "/api/v1/ranking")
				.authenticated();
		};
	}

	@Bean
	NavigationItem rankingNavigation() {
		return NavigationItem.forEveryone("ranking", "nav.ranking", "/ranking", 30);
	}

}
