package org.integra.letters;

import java.util.Map;

import org.integra.HostileInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRendererTests {

	@Test
	void fillsEveryFieldWithItsValue() {
		TemplateRenderer.Rendered rendered = TemplateRenderer.render(
				"{{contact.name}}, {{contact.position}} de {{city}} ({{country}}) — {{ date }}",
				Map.of("contact.name", "Ana", "contact.position", "Alcaldesa", "city", "Cusco", "country", "Perú",
						"date", "24 de noviembre de 2026"));
		assertThat(rendered.text()).isEqualTo("Ana, Alcaldesa de Cusco (Perú) — 24 de noviembre de 2026");
		assertThat(rendered.missing()).isEmpty();
		assertThat(rendered.unknown()).isEmpty();
	}

	@Test
	void aFieldWithoutValueStaysVisibleAndIsReportedOnce() {
		TemplateRenderer.Rendered rendered = TemplateRenderer.render(
				"{{contact.position}} de {{city}}; {{contact.position}} {{mentorCity}}",
				Map.of("city", "Cusco", "mentorCity", "  "));
		assertThat(rendered.text()).isEqualTo("[contact.position] de Cusco; [contact.position] [mentorCity]");
		assertThat(rendered.missing()).containsExactly("contact.position", "mentorCity");
	}

	@Test
	void anUnknownFieldIsReportedAndShownAsMarker() {
		TemplateRenderer.Rendered rendered = TemplateRenderer.render("Hola {{mayor}} {{T(java.lang.Runtime)}}",
				Map.of());
		assertThat(rendered.text()).isEqualTo("Hola [mayor] [T(java.lang.Runtime)]");
		assertThat(rendered.unknown()).containsExactly("mayor", "T(java.lang.Runtime)");
		assertThat(TemplateRenderer.unknownFields("{{city}} {{ ${7*7} }} {{city}}")).containsExactly("${7*7}");
	}

	@Test
	void valuesAreInsertedLiterallyAndNeverExpandedAgain() {
		TemplateRenderer.Rendered rendered = TemplateRenderer.render("{{contact.name}} / {{city}}",
				Map.of("contact.name", "{{city}} $1 \\ ${x}", "city", "Quito"));
		assertThat(rendered.text()).isEqualTo("{{city}} $1 \\ ${x} / Quito");
		assertThat(rendered.missing()).isEmpty();
	}

	@Test
	void hostileTextPassesThroughAsPlainText() {
		for (String hostile : HostileInputs.ALL) {
			TemplateRenderer.Rendered rendered = TemplateRenderer.render(hostile + " {{city}}",
					Map.of("city", hostile));
			assertThat(rendered.text()).isEqualTo(hostile + " " + hostile.strip());
		}
	}

	@Test
	void textWithoutFieldsOrNullIsKept() {
		assertThat(TemplateRenderer.render("Sin campos { no } {{", Map.of()).text()).isEqualTo("Sin campos { no } {{");
		assertThat(TemplateRenderer.render(null, Map.of()).text()).isEmpty();
	}

	@Test
	void splitsParagraphsAtBlankLines() {
		assertThat(TemplateRenderer.paragraphs("Uno\nsigue\r\n\r\nDos\n  \nTres\n")).containsExactly("Uno\nsigue",
				"Dos", "Tres");
	}

}
