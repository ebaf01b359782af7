package org.integra.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of a CSV upload and splits one line of comma-separated values, with
 * fields optionally in double quotes (a doubled quote inside stands for one).
 */
public final class CsvLines {

	private CsvLines() {
	}

	/**
	 * The lines of an uploaded file, each decoded on its own as strict UTF-8, without a
	 * byte-order mark and without NUL characters (which PostgreSQL cannot store); a line
	 * that is not UTF-8 or is longer than {@link TextLines#DEFAULT_MAX_LINE_BYTES}
	 * carries its fault and its true number, and the lines after it are still read.
	 */
	public static List<TextLines.Line> lines(byte[] content) {
		TextLines reader = new TextLines(new ByteArrayInputStream(content), TextLines.DEFAULT_MAX_LINE_BYTES);
		List<TextLines.Line> lines = new ArrayList<>();
		try {
			TextLines.Line line;
			while ((line = reader.next()) != null) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/**
	 * The message key of a line's fault, under the given prefix: {@code prefix.encoding}
	 * for a line that is not UTF-8, {@code prefix.lineTooLong} for one too long.
	 */
	public static String faultKey(String prefix, TextLines.Fault fault) {
		return prefix + ((fault == TextLines.Fault.NOT_UTF8) ? ".lineEncoding" : ".lineTooLong");
	}

	public static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
