package org.integra.directory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.StructuredName;

/**
 * A person as a vCard 4.0 (RFC 6350), written by ez-vcard (which escapes the values):
 * lines folded at 75 octets without splitting a character, CRLF line endings; empty
 * fields and control characters left out.
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
		ezvcard.VCard card = new ezvcard.VCard(VCardVersion.V4_0);
		String fullName = (name != null) ? clean(name).strip() : "";
		card.setFormattedName(fullName);
		String[] n = nameParts(fullName);
		if (n != null) {
			StructuredName structured = new StructuredName();
			structured.setFamily(n[0]);
			structured.setGiven(n[1]);
			card.setStructuredName(structured);
		}
		if (present(organization)) {
			card.setOrganization(clean(organization).strip());
		}
		if (present(title)) {
			card.addTitle(clean(title).strip());
		}
		if (present(email)) {
			card.addEmail(clean(email).strip());
		}
		if (present(phone)) {
			card.addTelephoneNumber(clean(phone).strip());
		}
		if (present(language)) {
			card.addLanguage(clean(language).strip());
		}
		if (present(note)) {
			card.addNote(clean(note).strip());
		}
		VCardWriter writer;
		StringWriter out = new StringWriter();
		writer = new VCardWriter(out, VCardVersion.V4_0);
		writer.setAddProdId(false);
		// ez-vcard folds at 75 characters; RFC 6350 asks for 75 octets of UTF-8
		writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
		try (writer) {
			writer.write(card);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StringBuilder folded = new StringBuilder();
		for (String line : out.toString().split(CRLF)) {
			folded.append(fold(line)).append(CRLF);
		}
		return folded.toString();
	}

	private static boolean present(String value) {
		return value != null && !clean(value).isBlank();
	}

	/** The value without control characters other than tabs and line breaks. */
	static String clean(String value) {
		return value.replaceAll("[\\p{Cntrl}&&[^\\t\\r\\n]]", "");
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

}
