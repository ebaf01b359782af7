package org.integra.ranking;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Who may use the ranking module's routes, and its navigation entry. ADMIN and
 * COORDINATOR edit criteria, units, priorities and values; only ADMIN edits the fee
 * schedule; every signed-in user but a mentor reads. The ranking reveals every candidate
 * city, so a user who is only a MENTOR gets 403 on all of it. Ordered before the other
 * modules' rules, whose {@code GET /api/v1/cities/**} would otherwise open the criteria
 * values to mentors.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RankingProperties.class)
class RankingConfiguration {

	static final String[] EDITORS = RankingPolicy.EDITORS;

	static final String[] READERS = RankingPolicy.READERS;

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 200)
	AccessRules rankingAccessRules() {
		return (rules) -> {
			rules.requestMatchers(HttpMethod.GET, "/ranking/fees/edit").hasRole(Roles.ADMIN);
			rules.requestMatchers(HttpMethod.POST, "/ranking/fees", "/ranking/fees/**").hasRole(Roles.ADMIN);
			rules.requestMatchers(HttpMethod.GET, "/ranking/criteria/new", "/ranking/criteria/*/edit",
					"/ranking/units/new", "/ranking/units/*/edit", "/ranking/sectors/new", "/ranking/sectors/*/edit",
					"/ranking/values/import", "/ranking/values/template.csv", "/ranking/shortlist/new")
				.hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.POST, "/ranking/**").hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.POST, "/api/v1/criteria", "/api/v1/criteria/**", "/api/v1/shortlist")
				.hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.PUT, "/api/v1/criteria/**", "/api/v1/cities/*/criteria-values/**",
						"/api/v1/cities/*/criteria-values")
				.hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.GET, "/ranking", "/ranking/**", "/api/v1/criteria", "/api/v1/criteria/**",
						"/api/v1/shortlist", "/api/v1/shortlist/**", "/api/v1/ranking", "/api/v1/ranking/**",
						"/api/v1/cities/*/criteria-values", "/api/v1/cities/*/criteria-values/**")
				.hasAnyRole(READERS);
		};
	}

	@Bean
	NavigationItem rankingNavigation() {
		return NavigationItem.forRoles("ranking", "nav.ranking", "/ranking", 30, READERS);
	}

}
