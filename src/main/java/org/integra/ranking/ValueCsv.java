package org.integra.ranking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.integra.system.CsvLines;
import org.integra.system.TextLines;

/**
 * The CSV format of criterion values: decoding (strict UTF-8), header and field
 * splitting.
 */
public final class ValueCsv {

	public static final String HEADER = "city_id,city_name,criterion_code,value,source,evidence_date,note";

	private static final int COLUMNS = 7;

	private ValueCsv() {
	}

	/**
	 * One data row of the file.
	 *
	 * @param line the line number in the file (the header is line 1)
	 * @param fields the row's fields, or null when the line could not be read or does not
	 * have seven
	 * @param problem the message key of why, then
	 * @param problemArguments its arguments
	 */
	public record Row(int line, List<String> fields, String problem, List<String> problemArguments) {

		Row(int line, List<String> fields, String problem) {
			this(line, fields, problem, List.of());
		}

		public String field(int index) {
			return this.fields == null ? "" : this.fields.get(index).trim();
		}

	}

	/**
	 * The file's rows, its lines at most {@link TextLines#DEFAULT_MAX_LINE_BYTES} long.
	 */
	public static Result read(byte[] content) {
		return read(content, TextLines.DEFAULT_MAX_LINE_BYTES);
	}

	/**
	 * The file's rows after the header, or a message key of why the file cannot be read;
	 * a line longer than {@code maxLineBytes} is a bad row.
	 */
	public static Result read(byte[] content, int maxLineBytes) {
		List<TextLines.Line> lines = CsvLines.lines(content, maxLineBytes);
		if (lines.stream().allMatch((line) -> line.ok() && line.text().isBlank())) {
			return Result.failure("ranking.import.problem.empty");
		}
		if (!lines.get(0).ok()) {
			return Result.failure("ranking.import.problem.encoding");
		}
		if (!HEADER.equalsIgnoreCase(lines.get(0).text().trim())) {
			return Result.failure("ranking.import.problem.header");
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			TextLines.Line line = lines.get(i);
			if (!line.ok()) {
				rows.add(new Row(i + 1, null, CsvLines.faultKey("ranking.import.problem", line.fault()),
						List.of(String.valueOf(maxLineBytes / 1024))));
				continue;
			}
			if (line.text().isBlank()) {
				continue;
			}
			List<String> fields = CsvLines.fields(line.text()).orElse(null);
			if (fields == null) {
				rows.add(new Row(i + 1, null, "ranking.import.problem.quotes"));
				continue;
			}
			rows.add(fields.size() == COLUMNS ? new Row(i + 1, fields, null)
					: new Row(i + 1, null, "ranking.import.problem.columns"));
		}
		if (rows.isEmpty()) {
			return Result.failure("ranking.import.problem.noRows");
		}
		return new Result(rows, null);
	}

	/**
	 * @param rows the data rows
	 * @param problem message key of why the file cannot be read, else null
	 */
	public record Result(List<Row> rows, String problem) {

		static Result failure(String problem) {
			return new Result(List.of(), problem);
		}

	}

	/**
	 * An ISO date (yyyy-mm-dd), empty text meaning no date; empty Optional when
	 * malformed.
	 */
	public static Optional<Optional<LocalDate>> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(Optional.empty());
		}
		try {
			return Optional.of(Optional.of(LocalDate.parse(text.trim())));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A city id: a positive whole number, else empty. */
	public static Optional<Long> id(String text) {
		if (text == null || !text.trim().matches("\\d{1,15}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(text.trim()));
	}

}
