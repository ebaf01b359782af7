/**
 * Outreach to candidate cities: each candidate's stage in the pipeline (identified,
 * shortlisted, contacted, interested, invited, attended, applying, member; declined and
 * on hold as exits) and the dated history of its moves. A city shortlisted from the
 * ranking enters the pipeline as shortlisted.
 * <p>
 * Other modules use its {@code api} named interface only: {@link CandidateScope} (what
 * the signed-in user may see), {@link CandidateOutreach} (candidates, their mentor cities
 * and interactions as ids and values, e.g. for the letters), {@link InteractionDraft}
 * with the enums it carries, and {@link InteractionRecorded}.
 * <p>
 * Events published: {@link InteractionRecorded}, by {@link Interactions} when an
 * interaction is logged or corrected. Listened to by tasks ({@code Tasks}), synchronously
 * and in the caller's transaction, because the next step's task must exist exactly when
 * the interaction does (a refused task rolls the interaction back), and the candidate's
 * page shows the task right after the save. Listens to {@code CityShortlisted},
 * {@code OrganizationsMerged}, {@code PeopleMerged} and {@code CityDeleting}, each in the
 * publisher's transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach",
		allowedDependencies = { "accounts::api", "audit", "cities::api", "directory::api", "ranking::api", "system" })
package org.integra.outreach;
