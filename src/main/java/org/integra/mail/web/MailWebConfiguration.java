package org.integra.mail.web;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only administrators see the outbox, on the page and through the API.
 */
@Configuration(proxyBeanMethods = false)
class MailWebConfiguration {

	@Bean
	AccessRules outboxAccessRules() {
		return (rules) -> rules
			.requestMatchers(OutboxFilter.PATH, OutboxFilter.PATH + "/**", "/api/v1/outbox", "/api/v1/outbox/**")
			.hasRole(Roles.ADMIN);
	}

	@Bean
	NavigationItem outboxNavigation() {
		return NavigationItem.forRoles("outbox", "nav.outbox", OutboxFilter.PATH, 96, Roles.ADMIN);
	}

}
