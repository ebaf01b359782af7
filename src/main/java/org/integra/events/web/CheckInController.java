package org.integra.events.web;

import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.events.AttendanceRecords;
import org.integra.events.AttendanceRules;
import org.integra.events.CheckInOutcome;
import org.integra.events.CheckIns;
import org.integra.events.Event;
import org.integra.events.EventPolicy;
import org.integra.events.Events;
import org.integra.system.Actor;
import org.integra.system.RefusedException;
import org.integra.system.ValidationFailedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The check-in on the day, made for a phone: search, one tap to check in or undo, and
 * walk-ins added on the spot. A tap through htmx answers the list again; without script
 * the page reloads.
 */
@Controller
class CheckInController {

	static final int ROWS_SHOWN = 50;

	private final Events events;

	private final CheckIns checkIns;

	private final AttendanceRecords records;

	CheckInController(Events events, CheckIns checkIns, AttendanceRecords records) {
		this.events = events;
		this.checkIns = checkIns;
		this.records = records;
	}

	@GetMapping("/events/{id:\\d+}/check-in")
	String list(@PathVariable long id, @RequestParam(required = false) String q, HtmxRequest htmx, Actor actor,
			Locale locale, Model model) {
		requireChecker(actor);
		fill(id, q, locale, model);
		return (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) ? "events/check-in :: list"
				: "events/check-in";
	}

	@GetMapping("/events/{id:\\d+}/attendance")
	String attendance(@PathVariable long id, Actor actor, Model model) {
		Event event = this.events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("attendance", this.checkIns.counts(id));
		model.addAttribute("mayCheckIn", EventPolicy.of(actor).mayCheckIn());
		model.addAttribute("mayManage", EventPolicy.of(actor).mayManage());
		return "events/attendance :: attendance";
	}

	@PostMapping("/events/{id:\\d+}/check-in/invitations/{invitationId:\\d+}")
	String checkIn(@PathVariable long id, @PathVariable long invitationId, @RequestParam(required = false) String q,
			HtmxRequest htmx, Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		String message;
		try {
			CheckInOutcome outcome = this.checkIns.checkIn(id, invitationId, actor);
			message = (outcome.movedTo() != null) ? "events.checkIn.done.moved" : "events.checkIn.done";
		}
		catch (RefusedException ex) {
			return refused(id, q, ex, htmx, locale, model, redirect);
		}
		return answer(id, q, message, htmx, locale, model, redirect);
	}

	@PostMapping("/events/{id:\\d+}/check-in/registrations/{registrationId:\\d+}")
	String checkInRegistrant(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String q, HtmxRequest htmx, Actor actor, Locale locale, Model model,
			RedirectAttributes redirect) {
		String message;
		try {
			CheckInOutcome outcome = this.records.checkInRegistration(id, registrationId, actor);
			message = (outcome.movedTo() != null) ? "events.checkIn.done.moved" : "events.checkIn.done";
		}
		catch (RefusedException ex) {
			return refused(id, q, ex, htmx, locale, model, redirect);
		}
		return answer(id, q, message, htmx, locale, model, redirect);
	}

	@PostMapping("/events/{id:\\d+}/check-in/{attendanceId:\\d+}/undo")
	String undo(@PathVariable long id, @PathVariable long attendanceId, @RequestParam(required = false) String q,
			HtmxRequest htmx, Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.checkIns.undo(id, attendanceId, actor);
		}
		catch (RefusedException ex) {
			return refused(id, q, ex, htmx, locale, model, redirect);
		}
		return answer(id, q, "events.checkIn.undone", htmx, locale, model, redirect);
	}

	@PostMapping("/events/{id:\\d+}/check-in/{attendanceId:\\d+}/redo")
	String redo(@PathVariable long id, @PathVariable long attendanceId, @RequestParam(required = false) String q,
			HtmxRequest htmx, Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.checkIns.redo(id, attendanceId, actor);
		}
		catch (RefusedException ex) {
			return refused(id, q, ex, htmx, locale, model, redirect);
		}
		return answer(id, q, "events.checkIn.done", htmx, locale, model, redirect);
	}

	@PostMapping("/events/{id:\\d+}/check-in/walk-ins")
	String walkIn(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String organization, @RequestParam(required = false) String city,
			@RequestParam(required = false) String email, @RequestParam(required = false) String language, Actor actor,
			Locale locale, Model model, RedirectAttributes redirect) {
		AttendanceRules.WalkIn walkIn = AttendanceRules.WalkIn.of(name, organization, city, email, language);
		try {
			this.checkIns.walkIn(id, walkIn, actor);
		}
		catch (ValidationFailedException ex) {
			fill(id, null, locale, model);
			model.addAttribute("walkIn", walkIn);
			model.addAttribute("walkInErrors", FormErrors.byField(ex));
			return "events/check-in";
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/events/" + id + "/check-in";
		}
		redirect.addFlashAttribute("message", "events.walkIn.added");
		return "redirect:/events/" + id + "/check-in";
	}

	private String answer(long id, String q, String message, HtmxRequest htmx, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (htmx.isHtmxRequest()) {
			fill(id, q, locale, model);
			model.addAttribute("message", message);
			return "events/check-in :: list";
		}
		redirect.addFlashAttribute("message", message);
		redirect.addAttribute("q", (q != null && !q.isBlank()) ? q : null);
		return "redirect:/events/" + id + "/check-in";
	}

	private String refused(long id, String q, RefusedException ex, HtmxRequest htmx, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (htmx.isHtmxRequest()) {
			fill(id, q, locale, model);
			model.addAttribute("error", ex.getMessageKey());
			return "events/check-in :: list";
		}
		redirect.addFlashAttribute("error", ex.getMessageKey());
		return "redirect:/events/" + id + "/check-in";
	}

	private void fill(long id, String q, Locale locale, Model model) {
		Event event = this.events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("q", (q != null) ? q : "");
		List<CheckIns.CheckInRow> rows = this.checkIns.list(id, q);
		// a phone shows the first rows; a name typed finds the others
		model.addAttribute("rows", rows.subList(0, Math.min(rows.size(), ROWS_SHOWN)));
		model.addAttribute("rowsNotShown", Math.max(0, rows.size() - ROWS_SHOWN));
		model.addAttribute("attendance", this.checkIns.counts(id));
		model.addAttribute("nameMax", AttendanceRules.NAME_MAX);
		model.addAttribute("organizationMax", AttendanceRules.ORGANIZATION_MAX);
		model.addAttribute("cityMax", AttendanceRules.CITY_MAX);
		model.addAttribute("emailMax", AttendanceRules.EMAIL_MAX);
	}

	private static void requireChecker(Actor actor) {
		if (!EventPolicy.of(actor).mayCheckIn()) {
			throw new AccessDeniedException("events");
		}
	}

}
