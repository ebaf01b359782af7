package org.integra.directory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integra.audit.AuditTrail;
import org.integra.directory.DirectoryImport.Applying;
import org.integra.directory.DirectoryImport.Outcome;
import org.integra.directory.DirectoryImport.Report;
import org.integra.directory.DirectoryImport.RowReport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit entry of an applied directory import: the file's row counts and each line it
 * skipped with its reason, so that what was left out can be traced after the report is
 * gone.
 */
@Component
class ImportAudit {

	static final String ENTITY_TYPE = "DirectoryImport";

	private final AuditTrail trail;

	private final MessageSource messages;

	private final Clock clock;

	ImportAudit(AuditTrail trail, MessageSource messages, Clock clock) {
		this.trail = trail;
		this.messages = messages;
		this.clock = clock;
	}

	void record(Report report, Applying applying) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("type",
				this.messages.getMessage("directory.import.type." + report.type().name(), null, applying.locale()));
		figures.put("rows", report.rows().size());
		figures.put("newRows", report.count(Outcome.NEW));
		figures.put("duplicateRows",
				report.count(Outcome.DUPLICATE_EXISTING) + report.count(Outcome.DUPLICATE_IN_FILE));
		figures.put("stored", report.stored());
		figures.put("skippedRows", report.skipped());
		this.trail.recordImport(ENTITY_TYPE, applying.fileName(), applying.username(), this.clock.instant(), figures,
				skippedLines(report, applying));
	}

	/** "3 (kind): Unknown kind…", "7: The line is not UTF-8 text…" */
	private List<String> skippedLines(Report report, Applying applying) {
		return report.rows()
			.stream()
			.filter((row) -> !row.ok())
			.map((row) -> row.line() + ((row.column() != null) ? " (" + row.column() + ")" : "") + ": "
					+ reason(row, applying))
			.toList();
	}

	private String reason(RowReport row, Applying applying) {
		return (row.reason() != null) ? this.messages.getMessage(row.reason(), applying.locale()) : "";
	}

}
