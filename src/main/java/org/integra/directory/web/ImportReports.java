package org.integra.directory.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.integra.directory.DirectoryCsv;
import org.integra.directory.DirectoryImport;
import org.integra.directory.DirectoryImport.Outcome;
import org.integra.directory.DirectoryImport.Report;

import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reading an uploaded import file, and the import report as pages and the API show it,
 * with every reason in the reader's language.
 */
final class ImportReports {

	private ImportReports() {
	}

	/**
	 * One row of the report.
	 *
	 * @param line the line in the file
	 * @param name the row's name
	 * @param outcome new, duplicate of an existing record or of an earlier row, or error
	 * @param matchId the existing record it probably duplicates
	 * @param matchName that record's name
	 * @param duplicateOfLine the earlier line it probably duplicates
	 * @param column the wrong column, for an error
	 * @param reason why the row is wrong, for an error
	 */
	record RowView(int line, String name, Outcome outcome, Long matchId, String matchName, Integer duplicateOfLine,
			String column, String reason) {
	}

	/**
	 * The report.
	 *
	 * @param type ORGANIZATIONS or PEOPLE
	 * @param applied whether records were stored
	 * @param stored how many
	 * @param newRows rows that are new
	 * @param duplicateRows rows that probably duplicate a record or an earlier row
	 * @param errorRows rows that are wrong
	 * @param skippable whether some rows are wrong and others not, so that the others may
	 * be imported alone
	 * @param skipped how many wrong rows were left out when applying
	 * @param rows row by row
	 */
	record ReportView(String type, boolean applied, int stored, long newRows, long duplicateRows, long errorRows,
			boolean skippable, int skipped, List<RowView> rows) {

		static ReportView of(Report report, MessageSource messages, Locale locale) {
			List<RowView> rows = report.rows()
				.stream()
				.map((r) -> new RowView(r.line(), r.name(), r.outcome(), r.matchId(), r.matchName(),
						r.duplicateOfLine(), r.column(),
						(r.reason() != null) ? messages.getMessage(r.reason(), locale) : null))
				.toList();
			return new ReportView(report.type().name(), report.applied(), report.stored(), report.count(Outcome.NEW),
					report.count(Outcome.DUPLICATE_EXISTING) + report.count(Outcome.DUPLICATE_IN_FILE),
					report.count(Outcome.ERROR), report.skippable(), report.skipped(), rows);
		}

	}

	/** The file's rows, or the message key of why it is refused. */
	static DirectoryCsv.Result read(MultipartFile file, DirectoryCsv.Type type, DirectoryImport imports)
			throws IOException {
		if (file == null || file.isEmpty()) {
			return new DirectoryCsv.Result(List.of(), "directory.import.problem.empty");
		}
		if (file.getSize() > DirectoryCsv.MAX_BYTES) {
			return new DirectoryCsv.Result(List.of(), "directory.import.problem.tooLarge");
		}
		return imports.read(file.getBytes(), type);
	}

	static String fileName(MultipartFile file) {
		String name = (file != null) ? file.getOriginalFilename() : null;
		if (name == null || name.isBlank()) {
			return "import.csv";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (last.length() > 100) ? last.substring(0, 100) : last;
	}

}
