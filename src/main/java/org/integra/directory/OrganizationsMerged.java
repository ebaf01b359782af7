package org.integra.directory;

import org.springframework.modulith.NamedInterface;

/**
 * An organization was merged into another and is gone; whatever pointed at it now points
 * at the one kept. Published inside the merge's transaction.
 *
 * @param mergedId the organization merged away
 * @param keptId the organization kept
 * @param user who merged them
 */
@NamedInterface(name = "api", propagate = false)
public record OrganizationsMerged(long mergedId, long keptId, String user) {
}
