package org.integra.cities;

import org.springframework.modulith.NamedInterface;

/**
 * A city is about to be deleted: published in the deleting transaction, before the city's
 * row goes, so that every module deletes (or unlinks) its own rows about the city through
 * its own entities and the audit trail records each of them. The database's cascades on
 * the city's foreign keys then find nothing left.
 *
 * @param cityId the city's id
 * @param name its name
 */
@NamedInterface(name = "api", propagate = false)
public record CityDeleting(long cityId, String name) {
}
