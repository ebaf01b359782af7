package org.integra.directory;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.integra.directory.DirectoryCsv.Row;
import org.integra.directory.DirectoryCsv.Type;
import org.integra.system.ImportLimits;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports organizations or people from CSV: every row is checked first (a dry run changes
 * nothing), and the rows are stored only when none is bad, in one transaction, unless the
 * user asks to skip the bad rows and import the rest. Rows that probably duplicate an
 * existing record or an earlier row are skipped unless the user asks for them. Every
 * applied import leaves an entry in the audit trail with the file's row counts and the
 * lines it skipped.
 */
@Service
public class DirectoryImport {

	/** What becomes of a row. */
	public enum Outcome {

		NEW, DUPLICATE_EXISTING, DUPLICATE_IN_FILE, ERROR

	}

	/**
	 * The outcome of one row.
	 *
	 * @param line the line in the file
	 * @param name the row's name, abbreviated
	 * @param outcome what becomes of it
	 * @param matchId the existing record it probably duplicates, if any
	 * @param matchName that record's name
	 * @param duplicateOfLine the earlier line of the file it probably duplicates, if any
	 * @param column the column that is wrong, for an error
	 * @param reason why the row is wrong, for an error
	 */
	public record RowReport(int line, String name, Outcome outcome, Long matchId, String matchName,
			Integer duplicateOfLine, String column, MessageSourceResolvable reason) implements Serializable {

		public boolean ok() {
			return this.outcome != Outcome.ERROR;
		}

		public boolean duplicate() {
			return this.outcome == Outcome.DUPLICATE_EXISTING || this.outcome == Outcome.DUPLICATE_IN_FILE;
		}

	}

	/**
	 * @param type what the file holds
	 * @param problem message key when the file as a whole is unreadable, else null
	 * @param rows one report per data row
	 * @param applied whether records were stored
	 * @param stored how many records were stored
	 * @param skipped how many invalid rows were left out when applying
	 */
	public record Report(Type type, String problem, List<RowReport> rows, boolean applied, int stored, int skipped) {

		public boolean ok() {
			return this.problem == null && this.rows.stream().allMatch(RowReport::ok);
		}

		/**
		 * Whether some rows are invalid and others valid, so the valid ones may be
		 * imported alone.
		 */
		public boolean skippable() {
			long invalid = count(Outcome.ERROR);
			return this.problem == null && invalid > 0 && invalid < this.rows.size();
		}

		public long count(Outcome outcome) {
			return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
		}

	}

	/**
	 * How to apply a file.
	 *
	 * @param includeDuplicates store the rows that probably duplicate a record or an
	 * earlier row too
	 * @param skipInvalid leave the invalid rows out and store the rest; without it a file
	 * with an invalid row changes nothing
	 * @param fileName the uploaded file's name, for the audit trail
	 * @param username who applies it
	 * @param locale the language the skipped lines' reasons are recorded in
	 */
	public record Applying(boolean includeDuplicates, boolean skipInvalid, String fileName, String username,
			Locale locale) {
	}

	private final Directory directory;

	private final ImportRowCheck rowCheck;

	private final ImportAudit audit;

	private final int maxLineBytes;

	DirectoryImport(Directory directory, ImportRowCheck rowCheck, ImportAudit audit, ImportLimits limits) {
		this.maxLineBytes = Math.toIntExact(limits.maxLineLength().toBytes());
		this.audit = audit;
		this.directory = directory;
		this.rowCheck = rowCheck;
	}

	/**
	 * The rows of a file, or a message key of why it cannot be read; a line longer than
	 * {@code integra.imports.max-line-length} is a bad row.
	 */
	public DirectoryCsv.Result read(byte[] content, Type type) {
		return DirectoryCsv.read(content, type, this.maxLineBytes);
	}

	/** Checks the rows and changes nothing. */
	@Transactional(readOnly = true)
	public Report dryRun(Type type, List<Row> rows) {
		return new Report(type, null, this.rowCheck.check(type, rows).stream().map(CheckedRow::report).toList(), false,
				0, 0);
	}

	/**
	 * Checks the rows again and stores them if none is bad, or only the good ones when
	 * asked to skip the bad; duplicates only when asked. Otherwise changes nothing.
	 */
	@Transactional
	public Report apply(Type type, List<Row> rows, Applying applying) {
		List<CheckedRow> checked = this.rowCheck.check(type, rows);
		List<RowReport> reports = checked.stream().map(CheckedRow::report).toList();
		Report checkedOnly = new Report(type, null, reports, false, 0, 0);
		if (!checkedOnly.ok() && !(applying.skipInvalid() && checkedOnly.skippable())) {
			return checkedOnly;
		}
		int stored = 0;
		for (CheckedRow row : checked) {
			if (!row.report().ok() || (row.report().duplicate() && !applying.includeDuplicates())) {
				continue;
			}
			if (row.form() instanceof OrganizationForm form) {
				this.directory.create(form);
			}
			else if (row.form() instanceof PersonForm form) {
				this.directory.create(form);
			}
			stored++;
		}
		Report report = new Report(type, null, reports, true, stored, (int) checkedOnly.count(Outcome.ERROR));
		this.audit.record(report, applying);
		return report;
	}

}
