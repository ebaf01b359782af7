package org.integra.ranking;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("rows", report.rows().size());
		figures.put("stored", report.stored());
		figures.put("skippedRows", report.skipped());
		this.trail.recordImport(ENTITY_TYPE, applying.fileName(), applying.username(), this.clock.instant(), figures,
				skippedLines(report, applying));
	}

	/** "3: Unknown city.", "7: The line is not UTF-8 text." */
	private List<String> skippedLines(Report report, Applying applying) {
		return report.rows()
			.stream()
			.filter((row) -> !row.ok())
			.map((row) -> row.line() + ": "
					+ this.messages.getMessage(row.problem(), row.arguments(), row.problem(), applying.locale()))
			.toList();
	}

}
