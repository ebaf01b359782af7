package org.integra.ranking;

import org.integra.system.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Who may use the scoring model routes: every signed-in user but a mentor reads models,
 * versions and comparisons; ADMIN and COORDINATOR create models and save new versions.
 * Ordered before the module's other rules, whose {@code GET /ranking/**} would otherwise
 * let everyone open the forms.
 */
@Configuration(proxyBeanMethods = false)
class ScoringModelAccess {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 100)
	AccessRules scoringModelAccessRules() {
		return (rules) -> {
			rules.requestMatchers(HttpMethod.GET, "/ranking/models/new", "/ranking/models/*/edit")
				.hasAnyRole(RankingConfiguration.EDITORS);
			rules.requestMatchers(HttpMethod.POST, "/ranking/models/**").hasAnyRole(RankingConfiguration.EDITORS);
			rules.requestMatchers(HttpMethod.POST, "/api/v1/scoring-models", "/api/v1/scoring-models/**")
				.hasAnyRole(RankingConfiguration.EDITORS);
			rules.requestMatchers(HttpMethod.PUT, "/api/v1/scoring-models", "/api/v1/scoring-models/**")
				.hasAnyRole(RankingConfiguration.EDITORS);
			rules
				.requestMatchers(HttpMethod.GET, "/ranking/models", "/ranking/models/**", "/api/v1/scoring-models",
						"/api/v1/scoring-models/**")
				.hasAnyRole(RankingConfiguration.READERS);
		};
	}

}
