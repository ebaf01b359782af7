package org.integra.system;

import java.util.Optional;
import java.util.Set;

/**
 * Which cities the signed-in user may see. A mentor sees only the candidate cities
 * assigned to their city (and their own); every other user sees every city. Modules that
 * list or show cities ask this instead of knowing about mentors.
 */
public interface VisibleCities {

	/**
	 * The ids of the cities the current user may see, or empty when they may see all.
	 */
	Optional<Set<Long>> restriction();

	/** Whether the current user may see that city. */
	default boolean includes(long cityId) {
		return restriction().map((ids) -> ids.contains(cityId)).orElse(true);
	}

}
