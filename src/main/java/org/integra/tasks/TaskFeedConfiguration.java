package org.integra.tasks;

import org.integra.system.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Who may use the calendar feed and the digest preference: every signed-in user for their
 * own; the feed itself is read by calendar clients that cannot sign in, so its secret URL
 * is the only key.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskFeedConfiguration {

	@Bean
	AccessRules taskFeedAccessRules() {
		return (rules) -> rules.requestMatchers("/calendar/**")
			.permitAll()
			.requestMatchers("/tasks/feed", "/tasks/feed/**", "/tasks/digest", "/tasks/digest/**")
			.authenticated();
	}

}
