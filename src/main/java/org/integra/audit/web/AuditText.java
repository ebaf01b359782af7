package org.integra.audit.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.integra.audit.AuditEntryView;
import org.integra.audit.AuditFieldChange;
import org.integra.audit.AuditTrail;
import org.integra.system.RecordLink;

/**
 * Turns entries of the trail, kept as stored text, into what people read: labels of
 * types, fields and enum values in their language (never a constant or a camelCase name),
 * referenced records by name with a link, and times to the second in the display zone.
 * Plain Java: the messages and the record names are handed in.
 */
final class AuditText {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Pattern IDS = Pattern.compile("\\d{1,18}(, \\d{1,18})*");

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");

	private final Function<String, String> messages;

	private final ZoneId zone;

	private final Set<String> nameable;

	private final Map<String, Map<Long, RecordLink>> names;

	/**
	 * @param messages the text of a message key in the language shown, or {@code null}
	 * @param zone the zone times are shown in
	 * @param nameable the record types whose records can be named
	 * @param names the named records, by type and id (see {@link #references})
	 */
	AuditText(Function<String, String> messages, ZoneId zone, Set<String> nameable,
			Map<String, Map<Long, RecordLink>> names) {
		this.messages = messages;
		this.zone = zone;
		this.nameable = nameable;
		this.names = names;
	}

	/**
	 * The records the entries name (themselves and the fields that refer to others), by
	 * type.
	 */
	static Map<String, Set<Long>> references(List<AuditEntryView> entries, Set<String> nameable) {
		Map<String, Set<Long>> wanted = new LinkedHashMap<>();
		for (AuditEntryView entry : entries) {
			if (nameable.contains(entry.entityType()) && ID.matcher(entry.entityId()).matches()) {
				wanted.computeIfAbsent(entry.entityType(), (type) -> new LinkedHashSet<>())
					.add(Long.parseLong(entry.entityId()));
			}
			for (AuditFieldChange change : entry.changes()) {
				ReferenceFields.typeOf(change.field(), nameable).ifPresent((type) -> {
					Set<Long> ids = wanted.computeIfAbsent(type, (key) -> new LinkedHashSet<>());
					ids.addAll(ids(change.oldValue()));
					ids.addAll(ids(change.newValue()));
				});
			}
		}
		return wanted;
	}

	ShownEntry show(AuditEntryView entry) {
		List<ShownChange> changes = entry.changes()
			.stream()
			.map((change) -> new ShownChange(field(entry.entityType(), change.field()),
					values(entry.entityType(), change.field(), change.oldValue()),
					values(entry.entityType(), change.field(), change.newValue())))
			.toList();
		return new ShownEntry(entry.occurredAt().truncatedTo(ChronoUnit.SECONDS), time(entry.occurredAt()),
				who(entry.username()), entry.action(), type(entry.entityType()), record(entry), changes);
	}

	String time(Instant instant) {
		return SHOWN.format(instant.atZone(this.zone));
	}

	String type(String type) {
		String label = this.messages.apply("audit.entity." + type);
		return (label != null) ? label : words(type);
	}

	String field(String type, String field) {
		String label = this.messages.apply("audit.field." + type + "." + field);
		if (label == null) {
			label = this.messages.apply("audit.field." + field);
		}
		return (label != null) ? label : words(field.replace('.', ' '));
	}

	List<ShownValue> values(String type, String field, String text) {
		if (text == null) {
			return List.of();
		}
		var reference = ReferenceFields.typeOf(field, this.nameable);
		if (reference.isPresent() && IDS.matcher(text).matches()) {
			return ids(text).stream().map((id) -> named(reference.get(), id)).toList();
		}
		if (ValueLabels.keyFor(type, field, "") != null) {
			return Arrays.stream(text.split(", "))
				.map((value) -> ShownValue.text(labelOrWords(ValueLabels.keyFor(type, field, value), value)))
				.toList();
		}
		return List.of(ShownValue.text(plain(text)));
	}

	private ShownValue record(AuditEntryView entry) {
		if (this.nameable.contains(entry.entityType()) && ID.matcher(entry.entityId()).matches()) {
			return named(entry.entityType(), Long.parseLong(entry.entityId()), entry.entityLabel());
		}
		if (entry.entityLabel() != null && !entry.entityLabel().isBlank()) {
			return ShownValue.text(entry.entityLabel());
		}
		return ShownValue.text(message("audit.record.id").replace("{0}", entry.entityId()));
	}

	private ShownValue named(String type, long id) {
		return named(type, id, null);
	}

	private ShownValue named(String type, long id, String storedLabel) {
		RecordLink link = this.names.getOrDefault(type, Map.of()).get(id);
		if (link != null) {
			return new ShownValue(link.name(), link.path());
		}
		String gone = message("audit.value.gone");
		boolean readable = storedLabel != null && !storedLabel.isBlank() && !ID.matcher(storedLabel).matches();
		return ShownValue.text(readable ? storedLabel + " (" + gone + ")" : gone);
	}

	private String who(String username) {
		return AuditTrail.SYSTEM_USER.equals(username) ? message("audit.who.system") : username;
	}

	private String plain(String text) {
		if (text.equals("true") || text.equals("false")) {
			return message("audit.value." + text);
		}
		if (DATE_TIME.matcher(text).matches()) {
			String time = dateTime(text);
			if (time != null) {
				return time;
			}
		}
		if (CONSTANT.matcher(text).matches()) {
			return words(text);
		}
		return text;
	}

	private String dateTime(String text) {
		try {
			return time(Instant.parse(text));
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				return time(OffsetDateTime.parse(text).toInstant());
			}
			catch (DateTimeParseException notOffset) {
				try {
					return SHOWN.format(LocalDateTime.parse(text));
				}
				catch (DateTimeParseException notLocal) {
					return null;
				}
			}
		}
	}

	private String labelOrWords(String key, String value) {
		String label = this.messages.apply(key);
		return (label != null) ? label : words(value);
	}

	private String message(String key) {
		String text = this.messages.apply(key);
		return (text != null) ? text : key;
	}

	private static List<Long> ids(String text) {
		if (text == null || !IDS.matcher(text).matches()) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>();
		for (String part : text.split(", ")) {
			ids.add(Long.parseLong(part));
		}
		return ids;
	}

	/**
	 * A readable fallback for a name without a label: {@code nextStepDue} and
	 * {@code NEXT_STEP_DUE} read "Next step due".
	 */
	static String words(String name) {
		String spaced = name.contains("_") || name.equals(name.toUpperCase(Locale.ROOT))
				? name.replace('_', ' ').toLowerCase(Locale.ROOT)
				: name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		spaced = spaced.replaceAll("\\s+", " ").strip();
		if (spaced.isEmpty()) {
			return name;
		}
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
