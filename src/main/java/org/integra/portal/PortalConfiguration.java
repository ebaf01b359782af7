package org.integra.portal;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	AccessRules portalAccessRules() {
		// "/" is the portal for a visitor who is not signed in (system's home page
		// forwards there), the signed-in home for everyone else
		return (rules) -> rules.requestMatchers("/portal/admin", "/portal/admin/**")
			.hasAnyRole(PortalPolicy.EDITORS)
			.requestMatchers(HttpMethod.GET, "/", "/portal", "/sitemap.xml", "/robots.txt")
			.permitAll();
	}

	@Bean
	NavigationItem portalNavigation() {
		return NavigationItem.forRoles("portal", "nav.portal", "/portal/admin/texts", 95, PortalPolicy.EDITORS);
	}

}
