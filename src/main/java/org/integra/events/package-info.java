/**
 * Events of the network: the plan's workshop on urban resilience that closes the
 * courtship (action 5), the forums of municipal associations where the network is
 * promoted (specific objective 3), meetings and webinars. Coordinators create, edit and
 * move them through their statuses; every signed-in role lists them, by month too.
 * <p>
 * Listens, synchronously and in the publisher's transaction, to {@code CityDeleting} (an
 * event keeps its venue's name and loses the city) and {@code OrganizationsMerged} (the
 * organiser kept replaces the one merged away), so that either change fails or succeeds
 * as a whole ({@code RegistrationListeners} does the same for public registrations); the
 * same two events reach agendas and showcases ({@code AgendaListeners}: speakers and
 * contacts follow a merge, a deleted coordinating city is forgotten). Uses only the
 * {@code api} named interfaces of the cities, the directory and the ranking (the thematic
 * units of an event's showcase).
 * <p>
 * An accepted invitation and a check-in move the city through outreach's pipeline and a
 * check-in creates the event's follow-up tasks through the tasks' api, in the caller's
 * transaction ({@link AttendanceFollowUp}).
 * <p>
 * A forum participation records its association, representatives, outcome and contacts
 * ({@link Forums}); its follow-up tasks are created through the tasks module's
 * {@code EventTasks}, and the directory's survey reads the forums attended per country
 * through {@code system.AttendedForums} (the directory sits below events).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
		allowedDependencies = { "accounts::api", "audit", "cities::api", "directory::api", "mail::api", "outreach::api",
				"ranking::api", "system", "tasks::api" })
package org.integra.events;
