package org.integra.letters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the fields of a template, written {@code {{city}}}, with plain text. Nothing else
 * is interpreted: a value is inserted as it is and never expanded again, so text from the
 * records cannot reach other fields or run anything. A field without a value stays
 * visible as {@code [field]} and is reported, so that a preview can warn before anything
 * is sent.
 */
public final class TemplateRenderer {

	/** The fields a template may use. */
	public static final List<String> FIELDS = List.of("city", "country", "contact.name", "contact.position",
			"contact.organization", "mentorCity", "intermediary", "sender.name", "date");

	private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");

	private TemplateRenderer() {
	}

	/**
	 * The text with its fields filled.
	 *
	 * @param text the rendered text
	 * @param missing known fields that had no value, in order of first use
	 * @param unknown names that are not fields, in order of first use
	 */
	public record Rendered(String text, List<String> missing, List<String> unknown) {
	}

	/**
	 * Fills the fields of the text with the values; a blank value counts as missing.
	 */
	public static Rendered render(String text, Map<String, String> values) {
		if (text == null) {
			return new Rendered("", List.of(), List.of());
		}
		Set<String> missing = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		Matcher matcher = FIELD.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement;
			if (!FIELDS.contains(name)) {
				unknown.add(name);
				replacement = "[" + name + "]";
			}
			else {
				String value = values.get(name);
				if (value == null || value.isBlank()) {
					missing.add(name);
					replacement = "[" + name + "]";
				}
				else {
					replacement = value.strip();
				}
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return new Rendered(out.toString(), List.copyOf(missing), List.copyOf(unknown));
	}

	/** The names used in the text that are not fields, in order of first use. */
	public static List<String> unknownFields(String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> unknown = new LinkedHashSet<>();
		Matcher matcher = FIELD.matcher(text);
		while (matcher.find()) {
			if (!FIELDS.contains(matcher.group(1))) {
				unknown.add(matcher.group(1));
			}
		}
		return new ArrayList<>(unknown);
	}

	/** The text split into paragraphs at blank lines, each with its line breaks kept. */
	public static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(paragraph.strip());
			}
		}
		return paragraphs;
	}

}
