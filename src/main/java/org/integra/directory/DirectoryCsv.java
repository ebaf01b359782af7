package org.integra.directory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.integra.system.CsvLines;
import org.integra.system.TextLines;

/**
 * The CSV files of the directory import: strict UTF-8, a header row naming the columns
 * (in any order, any case), one record per line.
 */
public final class DirectoryCsv {

	/** The largest file accepted. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The most data rows a file may hold, each checked against the directory. */
	public static final int MAX_ROWS = 5000;

	private DirectoryCsv() {
	}

	/** What a file holds, and its columns. */
	public enum Type {

		ORGANIZATIONS("name", "kind", "country", "host_country", "host_city", "website", "notes"),

		PEOPLE("name", "position", "organization", "email", "phone", "language", "notes");

		private final List<String> columns;

		Type(String... columns) {
			this.columns = List.of(columns);
		}

		public List<String> columns() {
			return this.columns;
		}

		public String header() {
			return String.join(",", this.columns);
		}

		/** The type named by a form or API value, or null. */
		public static Type parse(String text) {
			for (Type type : values()) {
				if (type.name().equalsIgnoreCase((text == null) ? "" : text.strip())) {
					return type;
				}
			}
			return null;
		}

	}

	/**
	 * One data row, by column name.
	 *
	 * @param line the line number in the file (the header is line 1)
	 * @param values the row's values in the order of {@link Type#columns()}, stripped;
	 * null when the line could not be read or has not as many fields as the header
	 * @param problem the message key of why the line could not be read, else null
	 * @param problemArguments its arguments
	 */
	public record Row(int line, List<String> values, String problem,
			List<Integer> problemArguments) implements Serializable {

		Row(int line, List<String> values) {
			this(line, values, null, List.of());
		}

		public boolean wellFormed() {
			return this.values != null;
		}

		/** The value of a column, null when empty. */
		public String value(Type type, String column) {
			if (this.values == null) {
				return null;
			}
			String value = this.values.get(type.columns().indexOf(column));
			return value.isEmpty() ? null : value;
		}

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
	 * The rows of a file, its lines at most {@link TextLines#DEFAULT_MAX_LINE_BYTES}
	 * long.
	 */
	public static Result read(byte[] content, Type type) {
		return read(content, type, TextLines.DEFAULT_MAX_LINE_BYTES);
	}

	/**
	 * The rows of a file, or a message key of why it cannot be read; a line longer than
	 * {@code maxLineBytes} is a bad row.
	 */
	public static Result read(byte[] content, Type type, int maxLineBytes) {
		if (content == null || content.length == 0) {
			return Result.failure("directory.import.problem.empty");
		}
		if (content.length > MAX_BYTES) {
			return Result.failure("directory.import.problem.tooLarge");
		}
		List<TextLines.Line> lines = CsvLines.lines(content, maxLineBytes);
		if (lines.stream().allMatch((line) -> line.ok() && line.text().isBlank())) {
			return Result.failure("directory.import.problem.empty");
		}
		if (!lines.get(0).ok()) {
			return Result.failure("directory.import.problem.encoding");
		}
		List<String> header = CsvLines.fields(lines.get(0).text())
			.orElse(List.of())
			.stream()
			.map((name) -> name.strip().toLowerCase(Locale.ROOT))
			.toList();
		if (header.size() != type.columns().size() || !header.containsAll(type.columns())) {
			return Result.failure("directory.import.problem.header");
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			TextLines.Line line = lines.get(i);
			if (!line.ok()) {
				rows.add(new Row(i + 1, null, CsvLines.faultKey("directory.import.problem", line.fault()),
						List.of(maxLineBytes / 1024)));
				continue;
			}
			if (line.text().isBlank()) {
				continue;
			}
			List<String> fields = CsvLines.fields(line.text()).orElse(null);
			if (fields == null) {
				rows.add(new Row(i + 1, null, "directory.import.problem.quotes", List.of()));
				continue;
			}
			if (fields.size() != header.size()) {
				rows.add(new Row(i + 1, null, "directory.import.problem.columns",
						List.of(fields.size(), header.size())));
				continue;
			}
			List<String> values = new ArrayList<>();
			for (String column : type.columns()) {
				values.add(fields.get(header.indexOf(column)).strip());
			}
			rows.add(new Row(i + 1, List.copyOf(values)));
		}
		if (rows.isEmpty()) {
			return Result.failure("directory.import.problem.noRows");
		}
		if (rows.size() > MAX_ROWS) {
			return Result.failure("directory.import.problem.tooManyRows");
		}
		return new Result(rows, null);
	}

}
