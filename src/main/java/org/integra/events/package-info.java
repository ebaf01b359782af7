/**
 * Events of the network: the plan's workshop on urban resilience that closes the
 * courtship (action 5), the forums of municipal associations where the network is
 * promoted (specific objective 3), meetings and webinars. Coordinators create, edit and
 * move them through their statuses; every signed-in role lists them, by month too.
 * <p>
 * Listens, synchronously and in the publisher's transaction, to {@code CityDeleting} (an
 * event keeps its venue's name and loses the city) and {@code OrganizationsMerged} (the
 * organiser kept replaces the one merged away), so that either change fails or succeeds
 * as a whole ({@code RegistrationListeners} does the same for public registrations). Uses
 * only the {@code api} named interfaces of the cities and the directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
		allowedDependencies = { "audit", "cities::api", "directory::api", "mail::api", "outreach::api", "system" })
package org.integra.events;
