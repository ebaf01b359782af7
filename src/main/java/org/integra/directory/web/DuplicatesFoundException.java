package org.integra.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.integra.system.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * An API client tried to create a record that probably duplicates existing ones, without
 * {@code confirmDuplicate=true}; answered with 409 listing the matches.
 */
class DuplicatesFoundException extends RefusedException {

	/** One probable duplicate. */
	record Match(long id, String name) {
	}

	private final transient List<Match> matches;

	DuplicatesFoundException(List<Match> matches) {
		super(HttpStatus.CONFLICT, null, "directory.duplicates.api", new Object[0], "duplicates found");
		this.matches = matches;
	}

	List<Match> matches() {
		return this.matches;
	}

	@Override
	public Map<String, Object> problemProperties(MessageSource messages, Locale locale) {
		return Map.of("duplicates", this.matches);
	}

	static <T> void unlessConfirmed(String confirmDuplicate, List<T> records, Function<T, Long> id,
			Function<T, String> name) {
		if (!records.isEmpty() && !"true".equals(confirmDuplicate)) {
			throw new DuplicatesFoundException(
					records.stream().map((r) -> new Match(id.apply(r), name.apply(r))).toList());
		}
	}

}
