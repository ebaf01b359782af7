package org.integra.system;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three message bundles stay in step with each other and with every key the templates
 * and the Java code use. Runs on the source files, without Spring, so that a missing
 * translation is reported by name and file.
 */
class MessageBundlesTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final List<String> LANGUAGES = List.of("es", "pt", "en");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	/**
	 * Literal message keys in templates: {@code #{some.key}} and
	 * {@code #{some.key(...)}}. Dynamic keys such as {@code #{${x}}} or
	 * {@code #{'prefix.' + ${x}}} do not start with a key character and are skipped.
	 */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_][A-Za-z0-9_.\\-]*)\\s*[(}]");

	/**
	 * Where Java code names a message key with a plain string literal. Add a line when a
	 * new convention appears; group 1 is the key.
	 */
	static final Map<String, Pattern> JAVA_KEY_USES = javaKeyUses();

	private static Map<String, Pattern> javaKeyUses() {
		Map<String, Pattern> uses = new LinkedHashMap<>();
		uses.put("navigation label", Pattern.compile(
				"NavigationItem\\s*\\.\\s*for(?:Everyone|Roles)\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		uses.put("navigation label (constructor)",
				Pattern.compile("new\\s+NavigationItem\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		uses.put("not found", Pattern.compile("new\\s+NotFoundException\\(\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		uses.put("flash or model message/error", Pattern.compile(
				"(?:addFlashAttribute|addAttribute)\\(\\s*\"(?:message|error)\"\\s*,\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		uses.put("field error", Pattern.compile("rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		uses.put("global error", Pattern.compile("\\breject\\(\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		uses.put("message source lookup", Pattern.compile("getMessage\\(\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		uses.put("API problem", Pattern.compile("problem\\(\\s*HttpStatus\\.\\w+\\s*,\\s*\"([^\"]+)\"(?=\\s*[,)])"));
		return uses;
	}

	/**
	 * A navigation entry's label key also needs a description for the home page cards.
	 */
	static final Pattern NAVIGATION_KEY = Pattern
		.compile("NavigationItem\\s*\\.\\s*for(?:Everyone|Roles)\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"(?=\\s*[,)])");

	@Test
	void bundlesAreValidUtf8() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			byte[] bytes = Files.readAllBytes(bundle(language));
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes));
			}
			catch (CharacterCodingException ex) {
				problems.add(bundle(language) + " is not valid UTF-8: " + ex);
			}
		}
		assertThat(problems).as("bundles that are not UTF-8").isEmpty();
	}

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		Map<String, Properties> bundles = bundles();
		Set<String> all = new TreeSet<>();
		bundles.values().forEach((bundle) -> all.addAll(bundle.stringPropertyNames()));
		List<String> problems = new ArrayList<>();
		bundles.forEach((language, bundle) -> {
			Set<String> missing = new TreeSet<>(all);
			missing.removeAll(bundle.stringPropertyNames());
			if (!missing.isEmpty()) {
				problems.add(bundle(language) + " lacks " + missing.size() + " keys: " + missing);
			}
		});
		assertThat(problems).as("keys missing from a bundle").isEmpty();
	}

	@Test
	void bundlesHaveNoEmptyValues() throws IOException {
		List<String> problems = new ArrayList<>();
		bundles().forEach((language, bundle) -> bundle.stringPropertyNames()
			.stream()
			.filter((key) -> bundle.getProperty(key).isBlank())
			.sorted()
			.forEach((key) -> problems.add(bundle(language) + ": " + key + " is empty")));
		assertThat(problems).as("empty messages").isEmpty();
	}

	@Test
	void bundlesDefineEachKeyOnce() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			Set<String> seen = new TreeSet<>();
			boolean continued = false;
			for (String line : Files.readAllLines(bundle(language), StandardCharsets.UTF_8)) {
				String trimmed = line.strip();
				boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#")
						&& !trimmed.startsWith("!");
				continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
				if (startsEntry) {
					String key = trimmed.split("\\s*[=:]\\s*|\\s+", 2)[0];
					if (!seen.add(key)) {
						problems.add(bundle(language) + ": " + key + " is defined more than once");
					}
				}
			}
		}
		assertThat(problems).as("keys defined twice (the last one silently wins)").isEmpty();
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		// With arguments, MessageFormat treats a lone ' as a quote and swallows the rest.
		Pattern argument = Pattern.compile("\\{\\d");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		List<String> problems = new ArrayList<>();
		bundles().forEach((language, bundle) -> bundle.stringPropertyNames().stream().sorted().forEach((key) -> {
			String value = bundle.getProperty(key);
			if (argument.matcher(value).find() && loneApostrophe.matcher(value).find()) {
				problems.add(bundle(language) + ": " + key + " has arguments and a single ' (write '')");
			}
		}));
		assertThat(problems).as("messages MessageFormat would garble").isEmpty();
	}

	@Test
	void templateKeysExistInEveryBundle() throws IOException {
		Map<String, Set<String>> used = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					used.computeIfAbsent(matcher.group(1), (key) -> new TreeSet<>())
						.add(TEMPLATES.relativize(file).toString());
				}
			}
		}
		assertThat(used).as("keys found in templates (is the scan broken?)").isNotEmpty();
		assertThat(missing(used)).as("template keys missing from a bundle").isEmpty();
	}

	@Test
	void javaKeysExistInEveryBundle() throws IOException {
		Map<String, Set<String>> used = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				String where = JAVA.relativize(file).toString();
				JAVA_KEY_USES.forEach((kind, pattern) -> {
					Matcher matcher = pattern.matcher(source);
					while (matcher.find()) {
						used.computeIfAbsent(matcher.group(1), (key) -> new TreeSet<>()).add(where + " (" + kind + ")");
					}
				});
				Matcher navigation = NAVIGATION_KEY.matcher(source);
				while (navigation.find()) {
					used.computeIfAbsent(navigation.group(1) + ".description", (key) -> new TreeSet<>())
						.add(where + " (navigation description on the home page)");
				}
			}
		}
		assertThat(used).as("keys found in Java code (is the scan broken?)").isNotEmpty();
		assertThat(missing(used)).as("Java message keys missing from a bundle").isEmpty();
	}

	@Test
	void javaKeyScanRecognisesEachConvention() {
		String sample = """
				NavigationItem.forRoles("cities", "nav.cities", "/cities", 10, Roles.ADMIN);
				throw new NotFoundException("cities.notFound", id);
				redirect.addFlashAttribute("message", "cities.saved");
				errors.rejectValue("name", "cities.name.taken");
				""";
		List<String> found = new ArrayList<>();
		JAVA_KEY_USES.values()
			.forEach((pattern) -> pattern.matcher(sample).results().forEach((r) -> found.add(r.group(1))));
		assertThat(found).containsExactlyInAnyOrder("nav.cities", "cities.notFound", "cities.saved",
				"cities.name.taken");
		assertThat(
				TEMPLATE_KEY.matcher("#{a.b} #{c.d(${x})} #{${dyn}} #{'p.' + ${x}}").results().map((r) -> r.group(1)))
			.containsExactly("a.b", "c.d");
	}

	private List<String> missing(Map<String, Set<String>> used) throws IOException {
		Map<String, Properties> bundles = bundles();
		List<String> problems = new ArrayList<>();
		used.forEach((key, where) -> bundles.forEach((language, bundle) -> {
			if (!bundle.containsKey(key)) {
				problems.add(key + " missing in " + bundle(language).getFileName() + " (used in " + where + ")");
			}
		}));
		return problems;
	}

	private static Path bundle(String language) {
		return MESSAGES.resolve("messages_" + language + ".properties");
	}

	private static Map<String, Properties> bundles() throws IOException {
		Map<String, Properties> bundles = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Properties properties = new Properties();
			properties.load(new StringReader(Files.readString(bundle(language), StandardCharsets.UTF_8)));
			bundles.put(language, properties);
		}
		return bundles;
	}

}
