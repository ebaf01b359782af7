package org.integra.system;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names records of any module by type and id, through every {@link RecordNameSource}.
 * Types match without regard to case, so that a reference such as {@code city:8} names
 * the city 8.
 */
@Component
public class RecordNames {

	private static final Pattern REFERENCE = Pattern.compile("([A-Za-z][A-Za-z0-9]*):(\\d{1,18})");

	private final ObjectProvider<RecordNameSource> sources;

	RecordNames(ObjectProvider<RecordNameSource> sources) {
		this.sources = sources;
	}

	/** Every type some module names. */
	public Set<String> types() {
		Set<String> types = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		this.sources.orderedStream().forEach((source) -> types.addAll(source.types()));
		return types;
	}

	/** The records of that type with those ids that exist, by id. */
	public Map<Long, RecordLink> find(String type, Collection<Long> ids) {
		if (type == null || ids.isEmpty()) {
			return Map.of();
		}
		return this.sources.orderedStream()
			.flatMap((source) -> source.types()
				.stream()
				.filter((candidate) -> candidate.equalsIgnoreCase(type))
				.map((owned) -> source.names(owned, ids)))
			.findFirst()
			.orElse(Map.of());
	}

	/** The record of that type and id, if it exists. */
	public Optional<RecordLink> find(String type, long id) {
		return Optional.ofNullable(find(type, Set.of(id)).get(id));
	}

	/** Whether the text has the form of a reference to a record, {@code type:id}. */
	public static boolean isRecordReference(String reference) {
		return reference != null && REFERENCE.matcher(reference.strip()).matches();
	}

	/**
	 * The record a reference of the form {@code type:id} (e.g. {@code city:8}) points to,
	 * if it exists; other references name nothing.
	 */
	public Optional<RecordLink> ofReference(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		Matcher matcher = REFERENCE.matcher(reference.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return find(matcher.group(1).toLowerCase(Locale.ROOT), Long.parseLong(matcher.group(2)));
	}

}
