package org.integra.directory.web;

import java.util.List;
import java.util.function.Function;

/**
 * An API client tried to create a record that probably duplicates existing ones, without
 * {@code confirmDuplicate=true}; answered with 409 listing the matches.
 */
class DuplicatesFound extends RuntimeException {

	/** One probable duplicate. */
	record Match(long id, String name) {
	}

	private final transient List<Match> matches;

	DuplicatesFound(List<Match> matches) {
		super("duplicates found");
		this.matches = matches;
	}

	List<Match> matches() {
		return this.matches;
	}

	static <T> void unlessConfirmed(String confirmDuplicate, List<T> records, Function<T, Long> id,
			Function<T, String> name) {
		if (!records.isEmpty() && !"true".equals(confirmDuplicate)) {
			throw new DuplicatesFound(records.stream().map((r) -> new Match(id.apply(r), name.apply(r))).toList());
		}
	}

}
