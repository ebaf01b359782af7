package org.integra.accounts.web;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

final class Forms {

	private Forms() {
	}

	/** The chosen values; an empty or unknown choice binds as null and is dropped. */
	static <T> Set<T> withoutNulls(Set<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).collect(Collectors.toSet()) : Set.of();
	}

}
