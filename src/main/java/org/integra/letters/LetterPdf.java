package org.integra.letters;

import org.integra.system.PdfDocument;

/**
 * A letter as an A4 PDF: letterhead, date, subject and body paragraphs. Every text is
 * escaped into the XHTML that the renderer reads, so no text of a template or a record
 * becomes markup; {@link PdfDocument} sets it in the embedded DejaVu Sans.
 */
public final class LetterPdf {

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
			.append(PdfDocument.escape(language))
			.append("\"><head><meta charset=\"utf-8\"/>")
			.append("<title>")
			.append(PdfDocument.escape(subject))
			.append("</title><style>")
			.append("@page { size: A4; margin: 25mm 22mm; } ")
			.append("body { font-family: '" + PdfDocument.FONT_FAMILY + "'; font-size: 11pt; line-height: 1.4; } ")
			.append(".letterhead { border-bottom: 1px solid #444; padding-bottom: 4mm; margin-bottom: 8mm; ")
			.append("font-size: 9.5pt; } ")
			.append(".date { text-align: right; margin-bottom: 8mm; } ")
			.append(".subject { font-weight: bold; margin-bottom: 6mm; } ")
			.append("p { margin: 0 0 4mm 0; }")
			.append("</style></head><body>");
		html.append("<div class=\"letterhead\">").append(PdfDocument.lines(letterhead)).append("</div>");
		html.append("<div class=\"date\">").append(PdfDocument.escape(date)).append("</div>");
		html.append("<div class=\"subject\">").append(PdfDocument.escape(subject)).append("</div>");
		for (String paragraph : TemplateRenderer.paragraphs(body)) {
			html.append("<p>").append(PdfDocument.lines(paragraph)).append("</p>");
		}
		html.append("</body></html>");
		return PdfDocument.render(html.toString());
	}

}
