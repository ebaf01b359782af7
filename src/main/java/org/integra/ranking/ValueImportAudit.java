package org.integra.ranking;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;
import org.integra.audit.AuditTrail;
import org.integra.ranking.ValueImport.Applying;
import org.integra.ranking.ValueImport.Report;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit entry of an applied criterion-value file: its row counts and each line it
 * skipped with its reason, so that what was left out can be traced after the report is
 * gone.
 */
@Component
class ValueImportAudit {

	static final String ENTITY_TYPE = "ValueImport";

	private final AuditTrail trail;

	private final MessageSource messages;

	private final Clock clock;

	ValueImportAudit(AuditTrail trail, MessageSource messages, Clock clock) {
		this.trail = trail;
		this.messages = messages;
		this.clock = clock;
	}

	void record(Report report, Applying applying) {
		List<AuditFieldChange> changes = new java.util.ArrayList<>(List.of(added("rows", report.rows().size()),
				added("stored", report.stored()), added("skippedRows", report.skipped())));
		if (report.skipped() > 0) {
			changes.add(added("skippedLines", skippedLines(report, applying)));
		}
		this.trail.record(AuditAction.CREATE, ENTITY_TYPE, UUID.randomUUID().toString(), applying.fileName(),
				applying.username(), this.clock.instant(), changes);
	}

	/** "3: Unknown city.; 7: The line is not UTF-8 text." */
	private String skippedLines(Report report, Applying applying) {
		return report.rows()
			.stream()
			.filter((row) -> !row.ok())
			.map((row) -> row.line() + ": "
					+ this.messages.getMessage(row.problem(), row.arguments(), row.problem(), applying.locale()))
			.collect(Collectors.joining("; "));
	}

	private static AuditFieldChange added(String field, Object value) {
		return new AuditFieldChange(field, null, String.valueOf(value));
	}

}
