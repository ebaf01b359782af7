package org.integra.directory;

import org.springframework.modulith.NamedInterface;

/**
 * A person was merged into another and is gone; whatever pointed at them now points at
 * the one kept. Published inside the merge's transaction.
 *
 * @param mergedId the person merged away
 * @param keptId the person kept
 * @param user who merged them
 */
@NamedInterface(name = "api", propagate = false)
public record PeopleMerged(long mergedId, long keptId, String user) {
}
