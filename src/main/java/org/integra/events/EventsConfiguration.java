package org.integra.events;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {

	@Bean
	AccessRules eventsAccessRules() {
		return (rules) -> rules.requestMatchers("/invitations/**")
			.permitAll()
			.requestMatchers("/events/*/register", "/events/*/register/sent", "/registrations/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/events/new", "/events/*/edit", "/events/*/invitations/suggestions")
			.hasAnyRole(EventPolicy.MANAGERS)
			.requestMatchers("/events/*/check-in", "/events/*/check-in/**")
			.hasAnyRole(EventPolicy.CHECKERS)
			.requestMatchers("/api/v1/events/*/attendance", "/api/v1/events/*/check-ins",
					"/api/v1/events/*/check-ins/**")
			.hasAnyRole(EventPolicy.CHECKERS)
			.requestMatchers(HttpMethod.GET, "/api/v1/events/*/registrations", "/api/v1/events/*/registrations/**")
			.hasAnyRole(EventPolicy.REGISTRATION_READERS)
			.requestMatchers("/events/*/follow-ups", "/events/*/follow-ups/**", "/events/*/attendee-messages")
			.hasAnyRole(EventPolicy.MANAGERS)
			.requestMatchers(HttpMethod.POST, "/events/*/invitations/*/answer", "/api/v1/events/*/invitations/*/answer")
			.hasAnyRole(EventPolicy.ANSWER_RECORDERS)
			.requestMatchers(HttpMethod.GET, "/events", "/events/**", "/api/v1/events", "/api/v1/events/**")
			.hasAnyRole(EventPolicy.READERS)
			.requestMatchers("/events", "/events/**", "/api/v1/events", "/api/v1/events/**")
			.hasAnyRole(EventPolicy.MANAGERS);
	}

	@Bean
	NavigationItem eventsNavigation() {
		return NavigationItem.forRoles("events", "nav.events", "/events", 42, EventPolicy.READERS)
			.withItems(NavigationItem.page("events-list", "nav.events.list", "/events", EventPolicy.READERS),
					NavigationItem.page("events-calendar", "nav.events.calendar", "/events/calendar",
							EventPolicy.READERS));
	}

}
