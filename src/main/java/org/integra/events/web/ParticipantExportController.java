package org.integra.events.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.integra.cities.CountryCatalog;
import org.integra.events.Event;
import org.integra.events.EventPolicy;
import org.integra.events.Events;
import org.integra.events.InvitationStatus;
import org.integra.events.ParticipantExports;
import org.integra.events.ParticipantExports.AttendanceRow;
import org.integra.events.ParticipantExports.InvitationRow;
import org.integra.events.ParticipantExports.RegistrationRow;
import org.integra.system.Actor;
import org.integra.system.RequestParams;
import org.integra.system.TableFile;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An event's participants as XLSX or CSV downloads, with the filters of the list each
 * comes from and its access: the invitations (by status; a mentor's of their cities), the
 * registrations (by the search text) and the attendance (by the check-in search). Headers
 * and labels are in the user's language; rows are written as they are read.
 */
@Controller
class ParticipantExportController {

	private final Events events;

	private final ParticipantExports exports;

	private final CountryCatalog countries;

	private final MessageSource messages;

	ParticipantExportController(Events events, ParticipantExports exports, CountryCatalog countries,
			MessageSource messages) {
		this.events = events;
		this.exports = exports;
		this.countries = countries;
		this.messages = messages;
	}

	@GetMapping("/events/{id:\\d+}/invitations/export")
	void invitations(@PathVariable long id, @RequestParam(required = false) String format,
			@RequestParam(required = false) String status, Locale locale, HttpServletResponse response)
			throws IOException {
		Event event = this.events.get(id);
		InvitationStatus chosen = RequestParams.constant(InvitationStatus.class, status);
		try (TableFile table = open(event, format, "invitations", locale, response, "name", "organization", "city",
				"email", "language", "status", "party", "answeredVia", "answeredOn", "note")) {
			Consumer<InvitationRow> rows = (row) -> table.row(
					Arrays.asList(row.name(), row.organization(), row.city(), row.email(),
							language(row.language(), locale),
							label("events.invitation.status." + row.status().name(), locale), row.partySize(),
							(row.answeredVia() != null)
									? label("events.answerChannel." + row.answeredVia().name(), locale) : null,
							row.answeredAt(), row.note()));
			this.exports.invitations(id, chosen, rows);
		}
	}

	@GetMapping("/events/{id:\\d+}/registrations/export")
	void registrations(@PathVariable long id, @RequestParam(required = false) String format,
			@RequestParam(required = false) String q, Actor actor, Locale locale, HttpServletResponse response)
			throws IOException {
		if (!EventPolicy.of(actor).mayReadRegistrations()) {
			throw new AccessDeniedException("may not see registrations");
		}
		Event event = this.events.get(id);
		try (TableFile table = open(event, format, "registrations", locale, response, "name", "organization", "city",
				"country", "position", "email", "language", "confirmed", "linkedCity", "linkedPerson")) {
			Consumer<RegistrationRow> rows = (row) -> table
				.row(Arrays.asList(row.name(), row.organization(), row.city(), country(row.countryCode(), locale),
						row.position(), row.email(), language(row.language(), locale),
						label(row.confirmed() ? "events.export.yes" : "events.export.no", locale), row.linkedCity(),
						row.linkedPerson()));
			this.exports.registrations(id, q, actor, rows);
		}
	}

	@GetMapping("/events/{id:\\d+}/attendance/export")
	void attendance(@PathVariable long id, @RequestParam(required = false) String format,
			@RequestParam(required = false) String q, Actor actor, Locale locale, HttpServletResponse response)
			throws IOException {
		if (!EventPolicy.of(actor).mayCheckIn()) {
			throw new AccessDeniedException("events");
		}
		Event event = this.events.get(id);
		try (TableFile table = open(event, format, "attendance", locale, response, "name", "organization", "city",
				"source", "attendance", "checkedInAt", "checkedInBy")) {
			Consumer<AttendanceRow> rows = (row) -> table.row(Arrays.asList(row.name(), row.organization(), row.city(),
					label("events.export.source." + row.source().name(), locale),
					label("events.export.attendance."
							+ ((row.checkedInAt() != null) ? "checkedIn" : row.noShow() ? "noShow" : "notYet"), locale),
					row.checkedInAt(), row.checkedInBy()));
			this.exports.attendance(id, q, actor, rows);
		}
	}

	private TableFile open(Event event, String format, String what, Locale locale, HttpServletResponse response,
			String... columns) throws IOException {
		TableFile.Format chosen = TableFile.Format.of(format);
		String title = label("events.export.sheet." + what, locale);
		response.setContentType(chosen.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(TableFile.fileName(event.title(locale), event.localStart().toLocalDate(), title, chosen))
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		List<String> header = Arrays.stream(columns)
			.map((column) -> label("events.export.column." + column, locale))
			.toList();
		return TableFile.open(chosen, response.getOutputStream(), title, header);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private String language(String code, Locale locale) {
		return (code != null) ? this.messages.getMessage("language." + code, null, code, locale) : "";
	}

	private String country(String code, Locale locale) {
		return (code != null) ? this.countries.find(code).map((found) -> found.name(locale)).orElse(code) : "";
	}

}
