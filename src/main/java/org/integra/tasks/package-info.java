/**
 * Tasks: the follow-up of outreach. The next step of an interaction becomes a task; tasks
 * can also be created on their own, linked to a city, organization, person or event, with
 * an assignee, a due date and a status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks", allowedDependencies = { "accounts::api", "audit",
		"cities::api", "directory::api", "mail::api", "outreach::api", "system" })
package org.integra.tasks;
