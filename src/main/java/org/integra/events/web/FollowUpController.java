package org.integra.events.web;

import java.util.Locale;

import org.integra.events.AttendanceRules;
import org.integra.events.AttendeeMessage;
import org.integra.events.AttendeeMessages;
import org.integra.events.Event;
import org.integra.events.Events;
import org.integra.events.FollowUpTemplate;
import org.integra.events.FollowUpTemplates;
import org.integra.system.Actor;
import org.integra.system.RefusedException;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After the event: the follow-up tasks it defines for each candidate city checked in, and
 * a message to its attendees only or to its no-shows only.
 */
@Controller
class FollowUpController {

	private final Events events;

	private final FollowUpTemplates templates;

	private final AttendeeMessages messages;

	FollowUpController(Events events, FollowUpTemplates templates, AttendeeMessages messages) {
		this.events = events;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/events/{id:\\d+}/follow-ups")
	String show(@PathVariable long id, Locale locale, Model model) {
		fill(id, locale, model);
		return "events/follow-ups";
	}

	@PostMapping("/events/{id:\\d+}/follow-ups")
	String add(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String daysAfter, @RequestParam(required = false) String assigneeRule,
			Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		Long days = RequestParams.id(daysAfter);
		FollowUpTemplate.AssigneeRule rule = RequestParams.constant(FollowUpTemplate.AssigneeRule.class, assigneeRule);
		try {
			this.templates.add(id, text, (days != null && days <= AttendanceRules.DAYS_MAX) ? days.intValue() : null,
					rule, actor);
		}
		catch (ValidationFailedException ex) {
			fill(id, locale, model);
			model.addAttribute("templateErrors", FormErrors.byField(ex));
			model.addAttribute("text", text);
			return "events/follow-ups";
		}
		redirect.addFlashAttribute("message", "events.followUp.added");
		return "redirect:/events/" + id + "/follow-ups";
	}

	@PostMapping("/events/{id:\\d+}/follow-ups/{templateId:\\d+}/delete")
	String remove(@PathVariable long id, @PathVariable long templateId, Actor actor, RedirectAttributes redirect) {
		this.templates.remove(id, templateId, actor);
		redirect.addFlashAttribute("message", "events.followUp.removed");
		return "redirect:/events/" + id + "/follow-ups";
	}

	@PostMapping("/events/{id:\\d+}/attendee-messages")
	String send(@PathVariable long id, @RequestParam(required = false) String audience,
			@RequestParam(required = false) String subjectEs, @RequestParam(required = false) String bodyEs,
			@RequestParam(required = false) String subjectPt, @RequestParam(required = false) String bodyPt,
			Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		AttendeeMessages.Texts texts = new AttendeeMessages.Texts(subjectEs, bodyEs, subjectPt, bodyPt);
		try {
			int sent = this.messages.send(id, RequestParams.constant(AttendeeMessage.Audience.class, audience), texts,
					actor);
			redirect.addFlashAttribute("sentCount", sent);
		}
		catch (ValidationFailedException ex) {
			fill(id, locale, model);
			model.addAttribute("messageErrors", FormErrors.byField(ex));
			model.addAttribute("texts", java.util.Map.of("subjectEs", nonNull(subjectEs), "bodyEs", nonNull(bodyEs),
					"subjectPt", nonNull(subjectPt), "bodyPt", nonNull(bodyPt)));
			return "events/follow-ups";
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/events/" + id + "/follow-ups";
	}

	private void fill(long id, Locale locale, Model model) {
		Event event = this.events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("templates", this.templates.of(id));
		model.addAttribute("rules", FollowUpTemplate.AssigneeRule.values());
		model.addAttribute("audiences", AttendeeMessage.Audience.values());
		model.addAttribute("sent", this.messages.sent(id));
		model.addAttribute("attendeeCount", this.messages.recipients(id, AttendeeMessage.Audience.ATTENDEES).size());
		model.addAttribute("noShowCount", this.messages.recipients(id, AttendeeMessage.Audience.NO_SHOWS).size());
		model.addAttribute("textMax", AttendanceRules.TEMPLATE_TEXT_MAX);
		model.addAttribute("daysMax", AttendanceRules.DAYS_MAX);
		model.addAttribute("subjectMax", AttendeeMessages.SUBJECT_MAX);
		model.addAttribute("bodyMax", AttendeeMessages.BODY_MAX);
		if (!model.containsAttribute("texts")) {
			model.addAttribute("texts", java.util.Map.of("subjectEs", "", "bodyEs", "", "subjectPt", "", "bodyPt", ""));
		}
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
