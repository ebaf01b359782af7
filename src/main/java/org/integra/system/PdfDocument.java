package org.integra.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML rendered to PDF with openhtmltopdf, its text set in DejaVu Sans embedded in the
 * file, so that curly quotes, dashes, the euro sign and every Spanish and Portuguese
 * letter print as written (the PDF's built-in fonts only cover Latin-1 and print the rest
 * as {@code #}). Callers build the XHTML and put every text of a record in it through
 * {@link #escape} or {@link #lines}, so that no typed text becomes markup.
 */
public final class PdfDocument {

	/** The font family the XHTML's styles name. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

	private PdfDocument() {
	}

	/** The PDF of a well-formed XHTML document. */
	public static byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text as XML character data; characters XML cannot hold are left out. */
	public static String escape(String text) {
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

	/**
	 * Text escaped, its line breaks kept as {@code <br/>
	 * }.
	 */
	public static String lines(String text) {
		if (text == null) {
			return "";
		}
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

	private static byte[] font(String resource) {
		try (InputStream in = PdfDocument.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
