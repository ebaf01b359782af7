package org.integra.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;
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
		List<AuditFieldChange> changes = new ArrayList<>();
		changes.add(added("type",
				this.messages.getMessage("directory.import.type." + report.type().name(), null, applying.locale())));
		changes.add(added("rows", report.rows().size()));
		changes.add(added("newRows", report.count(Outcome.NEW)));
		changes.add(added("duplicateRows",
				report.count(Outcome.DUPLICATE_EXISTING) + report.count(Outcome.DUPLICATE_IN_FILE)));
		changes.add(added("stored", report.stored()));
		changes.add(added("skippedRows", report.skipped()));
		if (report.skipped() > 0) {
			changes.add(added("skippedLines", skippedLines(report, applying)));
		}
		this.trail.record(AuditAction.CREATE, ENTITY_TYPE, UUID.randomUUID().toString(), applying.fileName(),
				applying.username(), this.clock.instant(), changes);
	}

	/** "3 (kind): Unknown kind…; 7: The line is not UTF-8 text…" */
	private String skippedLines(Report report, Applying applying) {
		return report.rows()
			.stream()
			.filter((row) -> !row.ok())
			.map((row) -> row.line() + ((row.column() != null) ? " (" + row.column() + ")" : "") + ": "
					+ reason(row, applying))
			.collect(Collectors.joining("; "));
	}

	private String reason(RowReport row, Applying applying) {
		return (row.reason() != null) ? this.messages.getMessage(row.reason(), applying.locale()) : "";
	}

	private static AuditFieldChange added(String field, Object value) {
		return new AuditFieldChange(field, null, String.valueOf(value));
	}

}
