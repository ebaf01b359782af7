/**
 * Membership: cities' applications to join the network (issue 13, specific objective 4).
 * An application walks from a draft through submitted (the mayor's letter and the
 * application form on file), documents complete (the council's approval too where the
 * country's law needs it, {@link MembershipProperties}), recommended by the Council and
 * approved by the General Assembly at the Summit, to member; or it is rejected or
 * withdrawn with a reason. The steps are the plain-Java {@link ApplicationRules}, who may
 * take them is {@link MembershipPolicy}; every step is dated and attributed
 * ({@link ApplicationStep}) and the records are audited. The documents' files
 * ({@link ApplicationFiles}: PDF, PNG or JPEG up to 10 MB, the type detected from the
 * content with Apache Tika, every version kept) are stored in the database and downloaded
 * only as attachments.
 * <p>
 * Reads cities through the cities' {@code api} ({@code CityCatalog}, for the country's
 * council rule) and listens, synchronously in the deletion's transaction, to
 * {@code CityDeleting}: the city's applications are deleted with it, each recorded in the
 * audit trail. Publishes no events yet. Its pages offer the candidate cities of the
 * outreach's {@code api} ({@code CandidateOutreach}) for a new application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership",
		allowedDependencies = { "audit", "cities::api", "outreach::api", "system" })
package org.integra.membership;
