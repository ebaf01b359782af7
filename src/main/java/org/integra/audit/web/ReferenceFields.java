package org.integra.audit.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which recorded fields hold the id of a record of another type, by the house naming:
 * {@code cityId}, {@code mentorCityId}, {@code fromOrganizationId}, {@code personIds} and
 * an association such as {@code organization} name the type they end with.
 */
final class ReferenceFields {

	/** Fields whose name does not say the type they point to. */
	private static final Map<String, String> ALIASES = Map.of("intermediary", "Organization");

	private ReferenceFields() {
	}

	/**
	 * @param field the recorded field (nested parts joined with dots)
	 * @param types the types records can be named of
	 * @return the type the field points to, if any
	 */
	static Optional<String> typeOf(String field, Set<String> types) {
		String name = field.substring(field.lastIndexOf('.') + 1);
		String stem = name.endsWith("Ids") ? name.substring(0, name.length() - 3)
				: name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
		if (stem.isEmpty()) {
			return Optional.empty();
		}
		if (ALIASES.containsKey(stem)) {
			return Optional.of(ALIASES.get(stem)).filter(types::contains);
		}
		String lower = stem.toLowerCase(Locale.ROOT);
		return types.stream().filter((type) -> {
			String typeLower = type.toLowerCase(Locale.ROOT);
			if (lower.equals(typeLower)) {
				return true;
			}
			// a camelCase boundary: mentorCity, fromOrganization
			return stem.endsWith(type) && stem.length() > type.length();
		}).findFirst();
	}

}
