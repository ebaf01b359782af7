package org.integra.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the lines of a CSV upload with {@link TextLines} and parses each line's fields
 * with Commons CSV (RFC 4180: comma-separated, fields optionally in double quotes, a
 * doubled quote inside standing for one). Reading line by line keeps what a hostile file
 * cannot get past: each line decoded as strict UTF-8 on its own, a line longer than the
 * limit reported without being held in memory, every bad line reported by its true
 * number. A record is one line, so a quoted field cannot span lines: such a line is
 * reported as malformed.
 */
public final class CsvLines {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private CsvLines() {
	}

	/**
	 * The lines of an uploaded file, as {@link #lines(byte[], int)} reads them with the
	 * default limit of {@link TextLines#DEFAULT_MAX_LINE_BYTES}.
	 */
	public static List<TextLines.Line> lines(byte[] content) {
		return lines(content, TextLines.DEFAULT_MAX_LINE_BYTES);
	}

	/**
	 * The lines of an uploaded file, each decoded on its own as strict UTF-8, without a
	 * byte-order mark and without NUL characters (which PostgreSQL cannot store); a line
	 * that is not UTF-8 or is longer than {@code maxLineBytes} carries its fault and its
	 * true number, and the lines after it are still read.
	 */
	public static List<TextLines.Line> lines(byte[] content, int maxLineBytes) {
		TextLines reader = new TextLines(new ByteArrayInputStream(content), maxLineBytes);
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

	/**
	 * The fields of one line (an empty line is one empty field), or empty when its quotes
	 * are malformed: a quoted field not closed, or followed by other text than a comma.
	 */
	public static Optional<List<String>> fields(String line) {
		try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				return Optional.of(List.of(""));
			}
			List<String> fields = records.next().toList();
			return records.hasNext() ? Optional.empty() : Optional.of(fields);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The fields of one line of a file the application ships, whose quotes are known to
	 * be right.
	 * @throws IllegalArgumentException when they are not
	 */
	public static List<String> split(String line) {
		return fields(line).orElseThrow(() -> new IllegalArgumentException("Malformed CSV quotes: " + line));
	}

	/** One CSV line of the given fields, quoted where needed, ending with CRLF. */
	public static String line(Object... fields) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(fields);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
