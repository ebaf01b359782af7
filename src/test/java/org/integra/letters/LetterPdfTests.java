package org.integra.letters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integra.HostileInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterPdfTests {

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void rendersAnA4PdfWithLetterheadDateSubjectAndParagraphs() throws IOException {
		byte[] pdf = LetterPdf.render("Mercociudades\nVicepresidencia de Integración Fronteriza",
				"24 de noviembre de 2026", "Invitación a Cusco", "Señora Alcaldesa:\n\nPárrafo uno.\n\nAtentamente,",
				"es");
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains("Vicepresidencia de Integración Fronteriza", "24 de noviembre de 2026",
				"Invitación a Cusco", "Párrafo uno.", "Atentamente,");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 597f);
		}
	}

	@Test
	void hostileTextIsPrintedAsText() throws IOException {
		for (String hostile : HostileInputs.ALL) {
			byte[] pdf = LetterPdf.render(hostile, hostile, hostile, hostile + "\n\n" + hostile + "\u0001", "es");
			assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
			if (hostile.equals(HostileInputs.SCRIPT)) {
				assertThat(text(pdf)).contains("<script>alert(1)</script>");
			}
		}
	}

	@Test
	void charactersOutsideLatin1PrintAsWrittenWithTheEmbeddedFont() throws IOException {
		String body = "Le escribimos sobre la “Cumbre de Ciudades” – del 3 al 5 de mayo — con un aporte de € 500.\n\n"
				+ "Año, niño, coração, São Paulo: ‘tudo’ certo…";
		byte[] pdf = LetterPdf.render("Mercociudades", "1 de diciembre de 2026", "Invitación “especial” – 2026", body,
				"es");
		String text = text(pdf);
		assertThat(text).contains("“Cumbre de Ciudades”", "–", "—", "€", "Año, niño, coração", "‘tudo’", "…",
				"Invitación “especial” – 2026");
		assertThat(text).doesNotContain("#");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				var font = document.getPage(0).getResources().getFont(name);
				assertThat(font.getName()).contains("DejaVuSans");
				assertThat(font.isEmbedded()).isTrue();
			}
		}
	}

}
