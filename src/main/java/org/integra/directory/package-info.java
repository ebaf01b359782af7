/**
 * The network's address book: organizations (city governments, partner networks,
 * embassies, local-government associations, ministries and the network's own bodies) and
 * the people who work in them.
 * <p>
 * Other modules use its {@code api} named interface only: {@link DirectoryCatalog} and
 * {@link DirectoryContacts} with {@link OrganizationSummary} and {@link PersonSummary},
 * {@link DirectoryScope} and {@link DirectoryReach}, {@link DirectoryPeople} (the people
 * a newcomer probably is, by the duplicate check, or a new person),
 * {@link DirectoryReferences}, {@link OrganizationReferences} and the events below; the
 * entities and repositories stay inside.
 * <p>
 * Events published, both by {@link DirectoryMerge}: {@link OrganizationsMerged} and
 * {@link PeopleMerged}, when two records are merged into one. Listened to by outreach
 * ({@code Interactions}: intermediaries and people present) and tasks ({@code Tasks}:
 * linked organization or person), synchronously and in the caller's transaction, because
 * the merged record is deleted in that transaction: every reference must move to the kept
 * record before the delete is flushed, or the foreign keys refuse the merge, and a
 * failure anywhere leaves both records as they were.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = { "audit", "cities::api", "system" })
package org.integra.directory;
