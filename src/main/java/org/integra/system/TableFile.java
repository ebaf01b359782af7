package org.integra.system;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written row by row to a download, as CSV (Commons CSV, UTF-8 with a byte-order
 * mark so that Excel reads accents right, CRLF) or XLSX (fastexcel, streaming: rows are
 * flushed as they come, strings written inline). Text cells are guarded against formula
 * injection ({@link SpreadsheetText}); numbers stay numbers and date-times are dates.
 */
public final class TableFile implements Closeable {

	/** The formats a table downloads as. */
	public enum Format {

		CSV("text/csv;charset=UTF-8", "csv"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

		private final String contentType;

		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String contentType() {
			return this.contentType;
		}

		public String extension() {
			return this.extension;
		}

		/** The format a request asks for: {@code csv}, or XLSX for anything else. */
		public static Format of(String text) {
			return "csv".equalsIgnoreCase((text != null) ? text.strip() : null) ? CSV : XLSX;
		}

	}

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private static final int FLUSH_EVERY = 500;

	private static final int MAX_SHEET_NAME = 31;

	private final CSVPrinter csv;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	private TableFile(CSVPrinter csv, Workbook workbook, Worksheet sheet) {
		this.csv = csv;
		this.workbook = workbook;
		this.sheet = sheet;
	}

	/**
	 * Starts a table on the stream, with its header row; the stream is not closed.
	 * @param sheetName the XLSX sheet's name (cut to 31 characters)
	 */
	public static TableFile open(Format format, OutputStream out, String sheetName, List<String> header) {
		TableFile table;
		if (format == Format.CSV) {
			try {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
				table = new TableFile(new CSVPrinter(writer, CSVFormat.RFC4180), null, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else {
			Workbook workbook = new Workbook(out, "Integra", "1.0");
			String name = sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
			Worksheet sheet = workbook.newWorksheet(name.substring(0, Math.min(name.length(), MAX_SHEET_NAME)).strip());
			table = new TableFile(null, workbook, sheet);
		}
		table.row(List.copyOf(header));
		if (table.sheet != null) {
			table.sheet.freezePane(0, 1);
			table.sheet.style(0).bold().set();
		}
		return table;
	}

	/**
	 * Writes a row: text (guarded), numbers, date-times or {@code null} for an empty
	 * cell; anything else as its text.
	 */
	public void row(List<?> cells) {
		try {
			if (this.csv != null) {
				this.csv.printRecord(cells.stream().map(TableFile::csvText));
			}
			else {
				for (int column = 0; column < cells.size(); column++) {
					cell(column, cells.get(column));
				}
				if (this.row % FLUSH_EVERY == 0) {
					this.sheet.flush();
				}
			}
			this.row++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void cell(int column, Object value) {
		if (value == null || "".equals(value)) {
			return;
		}
		if (value instanceof Number number) {
			this.sheet.value(this.row, column, number);
		}
		else if (value instanceof LocalDateTime dateTime) {
			this.sheet.value(this.row, column, dateTime);
			this.sheet.style(this.row, column).format("yyyy-mm-dd hh:mm").set();
		}
		else if (value instanceof LocalDate date) {
			this.sheet.value(this.row, column, date);
			this.sheet.style(this.row, column).format("yyyy-mm-dd").set();
		}
		else {
			this.sheet.inlineString(this.row, column, SpreadsheetText.neutralised(value.toString()));
		}
	}

	private static String csvText(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		if (value instanceof LocalDateTime dateTime) {
			return DATE_TIME.format(dateTime);
		}
		return SpreadsheetText.neutralised(value.toString());
	}

	/** Ends the table and writes what is left; the stream stays open. */
	@Override
	public void close() throws IOException {
		if (this.csv != null) {
			this.csv.flush();
		}
		else {
			this.sheet.finish();
			this.workbook.finish();
		}
	}

	/**
	 * A safe file name: the title folded to lower-case ASCII words joined by hyphens (at
	 * most 60 characters), the date, what the table holds, and the extension.
	 */
	public static String fileName(String title, LocalDate date, String what, Format format) {
		String name = String.join("-", slug(title, 60), date.toString(), slug(what, 30)).replaceAll("-+", "-");
		return name.replaceAll("^-|-$", "") + "." + format.extension();
	}

	static String slug(String text, int max) {
		String folded = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		String cut = (folded.length() > max) ? folded.substring(0, max) : folded;
		return cut.replaceAll("-$", "");
	}

}
