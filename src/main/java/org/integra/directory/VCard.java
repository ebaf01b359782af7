package org.integra.directory;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A person as a vCard 4.0 (RFC 6350): text values escaped, lines folded at 75 octets
 * without splitting a character, CRLF line endings; empty fields left out.
 */
public final class VCard {

	static final String CRLF = "\r\n";

	static final int LINE_OCTETS = 75;

	private VCard() {
	}

	/** A person's card: name, organization, position, e-mail, phone, language, notes. */
	public static String of(Person person) {
		return render(person.getName(), (person.getOrganization() != null) ? person.getOrganization().getName() : null,
				person.getPosition(), person.getEmail(), person.getPhone(), person.getPreferredLanguage(),
				person.getNotes());
	}

	/**
	 * The card of the given values; {@code null} or blank values are left out (FN is
	 * required by the format and is written even if blank).
	 */
	public static String render(String name, String organization, String title, String email, String phone,
			String language, String note) {
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCARD");
		lines.add("VERSION:4.0");
		String fullName = (name != null) ? name.strip() : "";
		lines.add("FN:" + escape(fullName));
		String[] n = nameParts(fullName);
		if (n != null) {
			lines.add("N:" + escape(n[0]) + ";" + escape(n[1]) + ";;;");
		}
		add(lines, "ORG", organization);
		add(lines, "TITLE", title);
		add(lines, "EMAIL", email);
		add(lines, "TEL", phone);
		add(lines, "LANG", language);
		add(lines, "NOTE", note);
		lines.add("END:VCARD");
		StringBuilder card = new StringBuilder();
		for (String line : lines) {
			card.append(fold(line)).append(CRLF);
		}
		return card.toString();
	}

	/**
	 * A best guess of family and given names: with three words or more the last two are
	 * the family names (as in Spanish and Portuguese), with two the last one.
	 * @return family and given names, or {@code null} with fewer than two words
	 */
	static String[] nameParts(String name) {
		String[] words = name.isBlank() ? new String[0] : name.strip().split("\\s+");
		if (words.length < 2) {
			return null;
		}
		int family = (words.length >= 3) ? 2 : 1;
		String given = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - family));
		String surnames = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - family, words.length));
		return new String[] { surnames, given };
	}

	/** Escapes a text value: backslash, comma, semicolon and line breaks. */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ',' -> out.append("\\,");
				case ';' -> out.append("\\;");
				case '\r' -> {
					out.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n' -> out.append("\\n");
				default -> {
					if ((c >= 0x20 && c != 0x7f) || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * Folds a content line into lines of at most 75 octets of UTF-8, each continuation
	 * starting with a space; never splits a character.
	 */
	static String fold(String line) {
		StringBuilder out = new StringBuilder(line.length() + 16);
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > LINE_OCTETS) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return out.toString();
	}

	/** A file name of plain ASCII letters, digits and dashes, ending in {@code .vcf}. */
	public static String fileName(String name) {
		String ascii = Normalizer.normalize((name != null) ? name : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > 60) {
			ascii = ascii.substring(0, 60).replaceAll("-+$", "");
		}
		return (ascii.isEmpty() ? "contact" : ascii) + ".vcf";
	}

	private static void add(List<String> lines, String property, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(property + ":" + escape(value.strip()));
		}
	}

}
