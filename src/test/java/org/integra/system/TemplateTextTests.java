package org.integra.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates carry no literal user-visible text (every string comes from the message
 * bundles) and nothing the Content-Security-Policy would block: no inline scripts or
 * styles, no event-handler attributes.
 */
class TemplateTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Literal text allowed anyway. Keep it empty unless there is no other way. */
	static final Set<String> WHITELIST = Set.of();

	/** Attributes whose values users see or hear; each needs its th: variant. */
	static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label",
			"data-confirm");

	/** Input types whose value is the button caption. */
	static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Thymeleaf inlined expressions, e.g. [[#{key}]] or [(${html})]. */
	static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/**
	 * HTML void elements, closed so that the lenient XML parser keeps the real nesting.
	 */
	static final Pattern VOID_ELEMENT = Pattern.compile(
			"<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\\b((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>",
			Pattern.CASE_INSENSITIVE);

	@Test
	void templatesCarryNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = parse(template);
			for (Element element : document.getAllElements()) {
				if (replacedByAncestor(element)) {
					continue;
				}
				String where = TEMPLATES.relativize(template) + " <" + element.tagName() + ">";
				if (!bodyReplaced(element) && !isCode(element)) {
					for (TextNode text : element.textNodes()) {
						String visible = INLINED.matcher(text.getWholeText()).replaceAll("").strip();
						if (LETTER.matcher(visible).find() && !WHITELIST.contains(visible)) {
							problems.add(where + " has literal text \"" + visible + "\": use th:text=\"#{...}\"");
						}
					}
				}
				for (Attribute attribute : element.attributes()) {
					String name = attribute.getKey().toLowerCase(Locale.ROOT);
					boolean visible = VISIBLE_ATTRIBUTES.contains(name)
							|| ("value".equals(name) && "input".equals(element.tagName())
									&& BUTTON_INPUTS.contains(element.attr("type").toLowerCase(Locale.ROOT)));
					if (visible && LETTER.matcher(attribute.getValue()).find() && !hasThymeleafVariant(element, name)
							&& !WHITELIST.contains(attribute.getValue().strip())) {
						problems.add(where + " has literal " + name + "=\"" + attribute.getValue() + "\": use th:"
								+ name + "=\"#{...}\"");
					}
				}
			}
		}
		assertThat(problems).as("literal user-visible text in templates").isEmpty();
	}

	@Test
	void templatesRespectTheContentSecurityPolicy() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			for (Element element : parse(template).getAllElements()) {
				String where = TEMPLATES.relativize(template) + " <" + element.tagName() + ">";
				if ("script".equals(element.tagName()) && !element.wholeText().isBlank()) {
					problems.add(where + " has an inline script: move it to static/js");
				}
				if ("style".equals(element.tagName())) {
					problems.add(where + " has a <style> element: move it to static/css/integra.css");
				}
				for (Attribute attribute : element.attributes()) {
					String name = attribute.getKey().toLowerCase(Locale.ROOT).replaceFirst("^(th|data-th):", "");
					String value = attribute.getValue().toLowerCase(Locale.ROOT);
					if ("style".equals(name) || "styleappend".equals(name)) {
						problems.add(where + " has a style attribute: use a class from static/css/integra.css");
					}
					if (name.startsWith("on") && name.length() > 2 && !name.startsWith("on-")) {
						problems.add(where + " has an event handler " + attribute.getKey()
								+ ": attach it in static/js instead");
					}
					if (("attr".equals(name) || "attrappend".equals(name) || "attrprepend".equals(name))
							&& Pattern.compile("(^|,)\\s*(style|on\\w+)\\s*=").matcher(value).find()) {
						problems.add(where + " sets style or an event handler through " + attribute.getKey());
					}
					if (("href".equals(name) || "src".equals(name) || "action".equals(name))
							&& value.strip().startsWith("javascript:")) {
						problems.add(where + " has a javascript: URL");
					}
				}
			}
		}
		assertThat(problems).as("template content the Content-Security-Policy blocks").isEmpty();
	}

	@Test
	void detectsWhatItShould() {
		String sample = """
				<section>
				  <h1>Ciudades</h1>
				  <p th:text="#{ok}">Replaced</p>
				  <div th:errors="*{name}">Error</div>
				  <textarea th:field="*{notes}">Notes</textarea>
				  <div th:replace="~{fragments/x :: y}"><span>Replaced too</span></div>
				  <input type="submit" value="Guardar">
				  <input placeholder="Buscar" th:placeholder="#{search}">
				  <img src="x.png" alt="Mapa">
				  <p>[[#{inlined}]]</p>
				  <p style="color:red" onclick="go()">&times;</p>
				  <script>alert(1)</script>
				</section>
				""";
		Document document = Jsoup.parse(closeVoidElements(sample), "", Parser.xmlParser());
		List<String> texts = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (!replacedByAncestor(element) && !bodyReplaced(element) && !isCode(element)) {
				element.textNodes()
					.stream()
					.map((t) -> INLINED.matcher(t.getWholeText()).replaceAll("").strip())
					.filter((t) -> LETTER.matcher(t).find())
					.forEach(texts::add);
			}
		}
		assertThat(texts).containsExactly("Ciudades");
		assertThat(document.selectFirst("input[type=submit]").attr("value")).isEqualTo("Guardar");
		assertThat(document.selectFirst("input[type=submit]").childrenSize()).isZero();
		assertThat(hasThymeleafVariant(document.selectFirst("input[placeholder]"), "placeholder")).isTrue();
		assertThat(document.selectFirst("script").wholeText()).contains("alert");
	}

	/** The element's own body never reaches the browser: something replaces it. */
	static boolean bodyReplaced(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("data-th-text")
				|| element.hasAttr("data-th-utext") || element.hasAttr("sec:authentication")
				|| element.hasAttr("th:errors") || element.hasAttr("data-th-errors")
				|| "textarea".equals(element.tagName()) && element.hasAttr("th:field") || replacesWholeElement(element)
				|| element.hasAttr("th:insert") && !reinsertsOwnParts(element, "th:insert")
				|| "body".equals(element.attr("th:remove")) || "all-but-first".equals(element.attr("th:remove"));
	}

	/** The element itself, attributes included, never reaches the browser. */
	static boolean replacesWholeElement(Element element) {
		return element.hasAttr("th:replace") && !reinsertsOwnParts(element, "th:replace")
				|| "all".equals(element.attr("th:remove"));
	}

	/**
	 * A page's {@code th:replace="~{fragments/layout :: layout(~{::title},
	 * ~{::section})}"} hands its own parts to the layout, so what is inside is still
	 * shown.
	 */
	static boolean reinsertsOwnParts(Element element, String attribute) {
		return element.attr(attribute).contains("~{::") || element.attr(attribute).contains("~{this ::");
	}

	static boolean replacedByAncestor(Element element) {
		if (replacesWholeElement(element)) {
			return true;
		}
		for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
			if (bodyReplaced(parent)) {
				return true;
			}
		}
		return false;
	}

	static boolean isCode(Element element) {
		return "script".equals(element.tagName()) || "style".equals(element.tagName());
	}

	static boolean hasThymeleafVariant(Element element, String attribute) {
		return element.hasAttr("th:" + attribute) || element.hasAttr("data-th-" + attribute)
				|| Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=")
					.matcher(element.attr("th:attr"))
					.find();
	}

	static Document parse(Path template) throws IOException {
		return Jsoup.parse(closeVoidElements(Files.readString(template, StandardCharsets.UTF_8)), "",
				Parser.xmlParser());
	}

	static String closeVoidElements(String html) {
		return VOID_ELEMENT.matcher(html).replaceAll("<$1$2/>");
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
