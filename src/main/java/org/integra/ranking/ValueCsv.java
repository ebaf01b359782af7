package org.integra.ranking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.integra.system.CsvLines;

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
	 * @param fields the row's fields, or null when the row does not have seven
	 */
	public record Row(int line, List<String> fields) {

		public String field(int index) {
			return this.fields == null ? "" : this.fields.get(index).trim();
		}

	}

	/**
	 * The file's rows after the header, or a message key of why the file cannot be read.
	 */
	public static Result read(byte[] content) {
		Optional<List<String>> decoded = CsvLines.decode(content);
		if (decoded.isEmpty()) {
			return Result.failure("ranking.import.problem.encoding");
		}
		List<String> lines = decoded.get();
		if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
			return Result.failure("ranking.import.problem.empty");
		}
		if (!HEADER.equalsIgnoreCase(lines.get(0).trim())) {
			return Result.failure("ranking.import.problem.header");
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> fields = CsvLines.split(lines.get(i));
			rows.add(new Row(i + 1, fields.size() == COLUMNS ? fields : null));
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

	/** Quotes a field for the CSV when it needs it. */
	public static String quote(String value) {
		if (value == null) {
			return "";
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
