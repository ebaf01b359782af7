package org.integra.audit.web;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only administrators see the audit trail, on the page and through the API.
 */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

	@Bean
	AccessRules auditAccessRules() {
		return (rules) -> rules
			.requestMatchers(AuditFilter.PATH, AuditFilter.PATH + "/**", "/api/v1/audit", "/api/v1/audit/**")
			.hasRole(Roles.ADMIN);
	}

	@Bean
	NavigationItem auditNavigation() {
		return NavigationItem.forRoles("audit", "nav.audit", AuditFilter.PATH, 95, Roles.ADMIN);
	}

}
