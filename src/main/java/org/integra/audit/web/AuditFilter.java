package org.integra.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditQuery;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the audit page exactly as typed. Values that do not parse are ignored
 * and reported instead of failing the request; dates are whole days in the given zone,
 * both ends included.
 */
public record AuditFilter(String username, String entityType, String action, String from, String to, String q,
		String page, String sort) {

	static final String PATH = "/admin/audit";

	AuditQuery toQuery(ZoneId zone) {
		LocalDate fromDate = date(this.from);
		LocalDate toDate = date(this.to);
		return new AuditQuery(blankAsNull(this.username), blankAsNull(this.entityType), null, parsedAction(),
				(fromDate != null) ? fromDate.atStartOfDay(zone).toInstant() : null, endOf(toDate, zone),
				blankAsNull(this.q));
	}

	/** Message keys of the filter values that were ignored because they are not valid. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (hasText(this.action) && parsedAction() == null) {
			problems.add("audit.filter.invalidAction");
		}
		if ((hasText(this.from) && date(this.from) == null) || (hasText(this.to) && date(this.to) == null)) {
			problems.add("audit.filter.invalidDate");
		}
		LocalDate fromDate = date(this.from);
		LocalDate toDate = date(this.to);
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			problems.add("audit.filter.datesReversed");
		}
		if (hasText(this.page) && pageNumber() == 0 && !this.page.strip().equals("0")) {
			problems.add("audit.filter.invalidPage");
		}
		return problems;
	}

	int pageNumber() {
		try {
			return Math.max(0, Integer.parseInt(this.page.strip()));
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	public boolean oldestFirst() {
		return "asc".equalsIgnoreCase(this.sort);
	}

	/** The link to another page of the same list. */
	String pageLink(int number) {
		return link(number, this.sort);
	}

	/** The link to the first page sorted the other way round. */
	String sortLink() {
		return link(0, oldestFirst() ? "desc" : "asc");
	}

	public AuditAction parsedAction() {
		if (!hasText(this.action)) {
			return null;
		}
		try {
			return AuditAction.valueOf(this.action.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String link(int number, String order) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
		add(link, "username", this.username);
		add(link, "entityType", this.entityType);
		add(link, "action", this.action);
		add(link, "from", this.from);
		add(link, "to", this.to);
		add(link, "q", this.q);
		add(link, "sort", order);
		if (number > 0) {
			link.queryParam("page", number);
		}
		return link.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, String value) {
		if (hasText(value)) {
			link.queryParam(name, value.strip());
		}
	}

	private static Instant endOf(LocalDate day, ZoneId zone) {
		return (day != null) ? day.plusDays(1).atStartOfDay(zone).toInstant() : null;
	}

	private static LocalDate date(String value) {
		if (!hasText(value)) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			// keeps the instant arithmetic far from its limits
			return (date.getYear() < 1 || date.getYear() > 9999) ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankAsNull(String value) {
		return hasText(value) ? value.strip() : null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
