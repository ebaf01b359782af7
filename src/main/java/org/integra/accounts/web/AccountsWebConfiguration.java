package org.integra.accounts.web;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsWebConfiguration {

	@Bean
	AccessRules accountsAccessRules() {
		return (rules) -> rules.requestMatchers("/admin/**")
			.hasRole(Roles.ADMIN)
			.requestMatchers("/account", "/account/**")
			.authenticated();
	}

	@Bean
	NavigationItem usersNavigation() {
		return NavigationItem.forRoles("users", "nav.users", "/admin/users", 90, Roles.ADMIN);
	}

}
