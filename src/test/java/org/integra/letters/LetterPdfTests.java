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

}
