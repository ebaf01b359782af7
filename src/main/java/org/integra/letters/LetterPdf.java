package org.integra.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A letter as an A4 PDF: letterhead, date, subject and body paragraphs. Every text is
 * escaped into the XHTML that the renderer reads, so no text of a template or a record
 * becomes markup. The text is set in DejaVu Sans, embedded in the PDF, so that curly
 * quotes, dashes, the euro sign and every Spanish and Portuguese letter print as written
 * (the PDF's built-in fonts only cover Latin-1 and print the rest as {@code #}).
 */
public final class LetterPdf {

	static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

	private LetterPdf() {
	}

	/**
	 * The PDF of a letter.
	 * @param letterhead the sender's heading lines
	 * @param date the date as written in the letter's language
	 * @param subject the subject line
	 * @param body the body, paragraphs separated by blank lines
	 * @param language the letter's language tag
	 */
	public static byte[] render(String letterhead, String date, String subject, String body, String language) {
		StringBuilder html = new StringBuilder();
		html.append("<html lang=\"")
			.append(escape(language))
			.append("\"><head><meta charset=\"utf-8\"/>")
			.append("<title>")
			.append(escape(subject))
			.append("</title><style>")
			.append("@page { size: A4; margin: 25mm 22mm; } ")
			.append("body { font-family: '" + FONT_FAMILY + "'; font-size: 11pt; line-height: 1.4; } ")
			.append(".letterhead { border-bottom: 1px solid #444; padding-bottom: 4mm; margin-bottom: 8mm; ")
			.append("font-size: 9.5pt; } ")
			.append(".date { text-align: right; margin-bottom: 8mm; } ")
			.append(".subject { font-weight: bold; margin-bottom: 6mm; } ")
			.append("p { margin: 0 0 4mm 0; }")
			.append("</style></head><body>");
		html.append("<div class=\"letterhead\">").append(lines(letterhead)).append("</div>");
		html.append("<div class=\"date\">").append(escape(date)).append("</div>");
		html.append("<div class=\"subject\">").append(escape(subject)).append("</div>");
		for (String paragraph : TemplateRenderer.paragraphs(body)) {
			html.append("<p>").append(lines(paragraph)).append("</p>");
		}
		html.append("</body></html>");
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] font(String resource) {
		try (InputStream in = LetterPdf.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String lines(String text) {
		StringBuilder out = new StringBuilder();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append("<br/>");
			}
			out.append(escape(lines[i]));
		}
		return out.toString();
	}

	/** Text as XML character data; characters XML cannot hold are left out. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
							|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
