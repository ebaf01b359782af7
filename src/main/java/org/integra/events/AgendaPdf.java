package org.integra.events;

import java.util.List;
import java.util.function.Function;

import org.integra.system.PdfDocument;

/**
 * An event's agenda as an A4 PDF: title, date and place, the sessions with their rooms
 * and speakers, and the thematic units' showcase. Every text is escaped into the XHTML;
 * labels come from the message bundles in the document's language.
 */
final class AgendaPdf {

	private AgendaPdf() {
	}

	/**
	 * One session as printed.
	 *
	 * @param times its start and end
	 * @param title its title
	 * @param room its room or track, if any
	 * @param speakers its speakers, as written
	 */
	record Row(String times, String title, String room, List<String> speakers) {

	}

	/**
	 * The PDF.
	 * @param language the document's language tag
	 * @param label a message by its key, in that language
	 * @param title the event's title
	 * @param when its date and times
	 * @param place where it takes place (or its link), if known
	 * @param rows the sessions, by time
	 * @param showcase the thematic units presenting
	 */
	static byte[] render(String language, Function<String, String> label, String title, String when, String place,
			List<Row> rows, List<ShowcaseItem> showcase) {
		StringBuilder html = new StringBuilder();
		html.append("<html lang=\"")
			.append(PdfDocument.escape(language))
			.append("\"><head><meta charset=\"utf-8\"/><title>")
			.append(PdfDocument.escape(title))
			.append("</title><style>")
			.append("@page { size: A4; margin: 20mm 18mm; } ")
			.append("body { font-family: '" + PdfDocument.FONT_FAMILY + "'; font-size: 10pt; line-height: 1.35; } ")
			.append("h1 { font-size: 16pt; margin: 0 0 3mm 0; } h2 { font-size: 12.5pt; margin: 7mm 0 2mm 0; } ")
			.append("table { width: 100%; border-collapse: collapse; } ")
			.append("td { vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.5px solid #999; } ")
			.append("td.times { width: 32mm; white-space: nowrap; } .title { font-weight: bold; } ")
			.append(".muted { color: #555; } .unit { margin-bottom: 4mm; } p { margin: 0 0 1.5mm 0; }")
			.append("</style></head><body>");
		html.append("<h1>").append(PdfDocument.escape(title)).append("</h1>");
		html.append("<p>").append(PdfDocument.escape(when)).append("</p>");
		if (place != null) {
			html.append("<p>").append(PdfDocument.escape(place)).append("</p>");
		}
		html.append("<h2>").append(PdfDocument.escape(label.apply("events.agenda.title"))).append("</h2>");
		if (rows.isEmpty()) {
			html.append("<p class=\"muted\">")
				.append(PdfDocument.escape(label.apply("events.agenda.empty")))
				.append("</p>");
		}
		else {
			html.append("<table>");
			for (Row row : rows) {
				html.append("<tr><td class=\"times\">").append(PdfDocument.escape(row.times())).append("</td><td>");
				html.append("<div class=\"title\">").append(PdfDocument.escape(row.title())).append("</div>");
				if (row.room() != null) {
					html.append("<div class=\"muted\">").append(PdfDocument.escape(row.room())).append("</div>");
				}
				for (String speaker : row.speakers()) {
					html.append("<div>").append(PdfDocument.escape(speaker)).append("</div>");
				}
				html.append("</td></tr>");
			}
			html.append("</table>");
		}
		html.append("<h2>").append(PdfDocument.escape(label.apply("events.showcase.title"))).append("</h2>");
		if (showcase.isEmpty()) {
			html.append("<p class=\"muted\">")
				.append(PdfDocument.escape(label.apply("events.showcase.empty")))
				.append("</p>");
		}
		for (ShowcaseItem item : showcase) {
			html.append("<div class=\"unit\"><p class=\"title\">")
				.append(PdfDocument.escape(item.unitName()))
				.append("</p>");
			html.append("<p>").append(PdfDocument.lines(item.offer())).append("</p>");
			if (item.cityName() != null) {
				html.append("<p class=\"muted\">")
					.append(PdfDocument
						.escape(label.apply("events.showcase.coordinatingCity") + ": " + item.cityName()))
					.append("</p>");
			}
			if (item.contactName() != null) {
				String contact = item.contactName()
						+ ((item.contactOrganization() != null) ? " (" + item.contactOrganization() + ")" : "");
				html.append("<p class=\"muted\">")
					.append(PdfDocument.escape(label.apply("events.showcase.contact") + ": " + contact))
					.append("</p>");
			}
			html.append("</div>");
		}
		html.append("</body></html>");
		return PdfDocument.render(html.toString());
	}

}
