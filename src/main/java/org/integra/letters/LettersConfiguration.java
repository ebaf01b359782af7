package org.integra.letters;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the letters. Admins, coordinators and the secretariat keep the templates;
 * viewers read them; mentors do not see them. Those who log interactions (admins,
 * coordinators, mentors within their scope) compose and send letters; a kept letter's PDF
 * is for every reader of the pipeline within their scope.
 */
@Configuration(proxyBeanMethods = false)
class LettersConfiguration {

	static final String[] TEMPLATE_EDITORS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT };

	static final String[] TEMPLATE_READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.VIEWER };

	static final String[] COMPOSERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.MENTOR };

	static final String[] PREVIEWERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR };

	static final String[] SCOPED_READERS = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.VIEWER,
			Roles.MENTOR };

	@Bean
	AccessRules lettersAccessRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/letters/templates/new", "/letters/templates/*/edit",
					"/letters/templates/*/delete")
			.hasAnyRole(TEMPLATE_EDITORS)
			.requestMatchers(HttpMethod.GET, "/letters/templates", "/letters/templates/*", "/api/v1/letter-templates",
					"/api/v1/letter-templates/**")
			.hasAnyRole(TEMPLATE_READERS)
			.requestMatchers("/letters/templates", "/letters/templates/**", "/api/v1/letter-templates",
					"/api/v1/letter-templates/**")
			.hasAnyRole(TEMPLATE_EDITORS)
			.requestMatchers(HttpMethod.GET, "/letters/compose")
			.hasAnyRole(COMPOSERS)
			.requestMatchers(HttpMethod.POST, "/letters/compose/**")
			.hasAnyRole(COMPOSERS)
			.requestMatchers(HttpMethod.POST, "/api/v1/letters/pdf", "/api/v1/letters/send")
			.hasAnyRole(COMPOSERS)
			.requestMatchers(HttpMethod.POST, "/api/v1/letters/preview")
			.hasAnyRole(PREVIEWERS)
			.requestMatchers(HttpMethod.GET, "/letters/*/pdf", "/letters")
			.hasAnyRole(SCOPED_READERS)
			.requestMatchers("/letters/**", "/api/v1/letters/**")
			.hasAnyRole(Roles.ADMIN, Roles.COORDINATOR);
	}

	@Bean
	NavigationItem lettersNavigation() {
		return NavigationItem.forRoles("letters", "nav.letters", "/letters", 46, SCOPED_READERS)
			.withItems(NavigationItem.page("letters-sent", "nav.letters.sent", "/letters", SCOPED_READERS),
					NavigationItem.page("letters-compose", "nav.letters.compose", "/letters/compose", COMPOSERS),
					NavigationItem.page("letters-templates", "nav.letters.templates", "/letters/templates",
							TEMPLATE_READERS));
	}

}
