package org.integra.system;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key in one style: dot-separated segments, each in camelCase
 * ({@code accounts.user.notFound}, not {@code accounts.user.not-found}). A code that
 * users or clients see in kebab-case keeps it there and is turned into its key by
 * {@link MessageKeys}. Runs on the source files, without Spring.
 */
class MessageKeyStyleTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** A segment in camelCase: {@code notFound}, {@code notUtf8}, {@code title}. */
	static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

	/** An enum constant, as in {@code outreach.stage.SHORTLISTED}. */
	static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** A number, as in {@code error.404.title}. */
	static final Pattern NUMBER = Pattern.compile("[0-9]+");

	/**
	 * A Java type's simple name, as in {@code audit.entity.ThematicUnit}: the audit trail
	 * stores it as the entry's type, and its labels are found under that name.
	 */
	static final Pattern TYPE_NAME = Pattern.compile("[A-Z][a-zA-Z0-9]*");

	/** Where a segment may be a type's name: the segment after these prefixes. */
	static final List<String> TYPE_NAME_PREFIXES = List.of("audit.entity.", "audit.field.");

	/**
	 * Spring's own error codes; Bean Validation's are the constraint's name, which starts
	 * with a capital ({@code NotBlank}, {@code Pattern}, our {@code SingleLine}). Keys
	 * that start with one are Spring's and stay as Spring builds them.
	 */
	static final Set<String> SPRING_CODES = Set.of("typeMismatch", "required", "methodInvocation", "problemDetail");

	static final Pattern CONSTRAINT_NAME = Pattern.compile("[A-Z][a-zA-Z0-9]*");

	@Test
	void everyKeyIsInCamelCaseSegments() throws IOException {
		Map<String, Set<String>> offStyle = new TreeMap<>();
		List<Path> bundles = bundles();
		assertThat(bundles).as("message bundles in " + MESSAGES).isNotEmpty();
		for (Path bundle : bundles) {
			for (String key : keys(bundle)) {
				if (!inStyle(key)) {
					offStyle.computeIfAbsent(key, (k) -> new TreeSet<>()).add(bundle.getFileName().toString());
				}
			}
		}
		assertThat(offStyle)
			.as("message keys not in camelCase segments (key=bundles); write accounts.user.notFound, "
					+ "not accounts.user.not-found, and turn kebab-case codes into keys with MessageKeys")
			.isEmpty();
	}

	@Test
	void styleTellsKeysInStyleFromKeysOffStyle() {
		assertThat(Stream.of("accounts.user.notFound", "geonames.problem.notUtf8", "outreach.stage.SHORTLISTED",
				"error.404.title", "audit.entity.ThematicUnit", "audit.field.UserAccount.displayName",
				"NotBlank.cityForm.name", "Pattern", "typeMismatch.taskForm.dueOn",
				"problemDetail.title.org.springframework.web.method.annotation.HandlerMethodValidationException"))
			.allMatch(MessageKeyStyleTests::inStyle);
		assertThat(Stream.of("accounts.user.not-found", "upload.too-large.title", "cities.city_name", "cities.City",
				"audit.entity.thematic-unit", "cities..name", "cities.name.", "Not-Blank.x", "tasks.sort.due-desc"))
			.noneMatch(MessageKeyStyleTests::inStyle);
	}

	static boolean inStyle(String key) {
		String[] segments = key.split("\\.", -1);
		if (SPRING_CODES.contains(segments[0]) || CONSTRAINT_NAME.matcher(segments[0]).matches()) {
			return true;
		}
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			boolean allowed = CAMEL_CASE.matcher(segment).matches() || ENUM_CONSTANT.matcher(segment).matches()
					|| NUMBER.matcher(segment).matches()
					|| (namesType(segments, i) && TYPE_NAME.matcher(segment).matches());
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	private static boolean namesType(String[] segments, int index) {
		String before = String.join(".", List.of(segments).subList(0, index)) + ".";
		return TYPE_NAME_PREFIXES.contains(before);
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter((file) -> file.getFileName().toString().matches("messages(_\\w+)?\\.properties"))
				.sorted()
				.toList();
		}
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(Files.readString(bundle, StandardCharsets.UTF_8)));
		return properties.stringPropertyNames();
	}

}
