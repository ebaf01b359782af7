package org.integra.cities;

import org.integra.cities.geonames.GeonamesProperties;
import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;
import org.integra.system.Roles;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the cities module's routes, and its navigation entries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GeonamesProperties.class)
class CitiesConfiguration {

	static final String[] EDITORS = { Roles.ADMIN, Roles.COORDINATOR };

	@Bean
	AccessRules citiesAccessRules() {
		return (rules) -> {
			rules.requestMatchers("/admin/imports/**", "/api/v1/imports/**").hasRole(Roles.ADMIN);
			rules.requestMatchers(HttpMethod.GET, "/countries/new").hasRole(Roles.ADMIN);
			rules.requestMatchers(HttpMethod.POST, "/countries").hasRole(Roles.ADMIN);
			rules.requestMatchers(HttpMethod.GET, "/cities/new", "/cities/*/edit", "/cities/*/delete")
				.hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.POST, "/cities/**", "/api/v1/cities/**", "/api/v1/cities")
				.hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.PUT, "/cities/**", "/api/v1/cities/**").hasAnyRole(EDITORS);
			rules.requestMatchers(HttpMethod.DELETE, "/cities/**", "/api/v1/cities/**").hasAnyRole(EDITORS);
			rules
				.requestMatchers(HttpMethod.GET, "/cities", "/cities/**", "/countries", "/countries/**",
						"/api/v1/cities", "/api/v1/cities/**", "/api/v1/countries", "/api/v1/countries/**")
				.authenticated();
		};
	}

	@Bean
	NavigationItem citiesNavigation() {
		return NavigationItem.forEveryone("cities", "nav.cities", "/cities", 10);
	}

	@Bean
	NavigationItem importsNavigation() {
		return NavigationItem.forRoles("imports", "nav.imports", "/admin/imports/geonames", 80, Roles.ADMIN);
	}

	@Bean
	NavigationItem mapNavigation() {
		return NavigationItem.forEveryone("map", "nav.map", "/cities/map", 20);
	}

}
