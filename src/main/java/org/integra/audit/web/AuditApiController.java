package org.integra.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditEntryView;
import org.integra.audit.AuditPage;
import org.integra.audit.AuditQuery;
import org.integra.audit.AuditTrail;
import org.integra.system.ApiPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for scripts: every recorded change, filtered and paged.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Who changed what and when, field by field (administrators only)")
class AuditApiController {

	private final AuditTrail trail;

	private final Clock clock;

	AuditApiController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "List recorded changes",
			description = "Entries newest first, each with the user, time, action, record and the fields changed "
					+ "(value before and after as text; null for none). Every filter is optional.")
	ApiPage<AuditEntryView> search(
			@Parameter(description = "Logical entity type, e.g. UserAccount") @RequestParam(
					required = false) String entityType,
			@Parameter(description = "Identifier of one record (with entityType)") @RequestParam(
					required = false) String entityId,
			@Parameter(description = "Only changes by this user; 'system' for changes made while nobody "
					+ "was signed in") @RequestParam(required = false) String username,
			@Parameter(description = "CREATE, UPDATE or DELETE") @RequestParam(required = false) AuditAction action,
			@Parameter(description = "First day included, ISO date (yyyy-MM-dd), in the server's time zone "
					+ "(UTC)") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Last day included, ISO date (yyyy-MM-dd)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "Text contained in a field name, a value, the record's label or "
					+ "identifier (ignoring case)") @RequestParam(required = false) String text,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Entries per page, 1 to 200") @RequestParam(
					defaultValue = "50") @Min(1) @Max(AuditTrail.MAX_PAGE_SIZE) int size) {
		ZoneId zone = this.clock.getZone();
		AuditQuery query = new AuditQuery(username, entityType, entityId, action,
				(from != null) ? from.atStartOfDay(zone).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null, text);
		AuditPage found = this.trail.search(query, page, size, false);
		return ApiPage.of(found.entries(), found.page(), found.size(), found.totalElements());
	}

}
