package org.integra.system;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names the records of the types its module owns, for pages of other modules that only
 * know a type and an id (the audit trail, the outbox), so that those need not reach into
 * the owning module. The names are those the owning module shows on its own lists.
 */
public interface RecordNameSource {

	/** The record types it names, as the audit trail calls them (e.g. {@code City}). */
	Set<String> types();

	/**
	 * The records of that type with those ids that exist, by id, in few queries; unknown
	 * ids are left out.
	 */
	Map<Long, RecordLink> names(String type, Collection<Long> ids);

}
