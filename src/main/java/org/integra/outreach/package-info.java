/**
 * Outreach to candidate cities: each candidate's stage in the pipeline (identified,
 * shortlisted, contacted, interested, invited, attended, applying, member; declined and
 * on hold as exits) and the dated history of its moves. A city shortlisted from the
 * ranking enters the pipeline as shortlisted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach",
		allowedDependencies = { "accounts::api", "audit", "cities::api", "directory::api", "ranking::api", "system" })
package org.integra.outreach;
