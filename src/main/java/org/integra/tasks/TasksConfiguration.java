package org.integra.tasks;

import org.integra.system.AccessRules;
import org.integra.system.NavigationItem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the task routes, and the navigation entry. Every signed-in user reads their
 * tasks; admins, coordinators and the secretariat create and change any, a mentor only
 * within their scope ({@link Tasks} refuses the rest as not found); the team view is for
 * admins and coordinators. The patterns name task ids as digits so that they leave the
 * other routes under /tasks (feed, digest) to their owners.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestProperties.class)
class TasksConfiguration {

	static final String[] EDITORS = TaskPolicy.EDITORS;

	static final String[] TEAM = TaskPolicy.TEAM;

	@Bean
	AccessRules tasksAccessRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/tasks/team")
			.hasAnyRole(TEAM)
			.requestMatchers(HttpMethod.GET, "/tasks/new", "/tasks/{id:\\d+}/edit")
			.hasAnyRole(EDITORS)
			.requestMatchers(HttpMethod.GET, "/tasks", "/tasks/{id:\\d+}", "/api/v1/tasks", "/api/v1/tasks/{id:\\d+}")
			.authenticated()
			.requestMatchers("/tasks/new", "/tasks/{id:\\d+}", "/tasks/{id:\\d+}/**", "/api/v1/tasks",
					"/api/v1/tasks/**")
			.hasAnyRole(EDITORS);
	}

	@Bean
	NavigationItem tasksNavigation() {
		return NavigationItem.forEveryone("tasks", "nav.tasks", "/tasks", 45);
	}

}
