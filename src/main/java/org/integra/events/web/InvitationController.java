package org.integra.events.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.events.AnswerChannel;
import org.integra.events.Event;
import org.integra.events.EventPolicy;
import org.integra.events.EventStatus;
import org.integra.events.EventStatusRefusedException;
import org.integra.events.Events;
import org.integra.events.Invitation;
import org.integra.events.InvitationRefusedException;
import org.integra.events.InvitationRules;
import org.integra.events.InvitationRules.Answer;
import org.integra.events.InvitationStatus;
import org.integra.events.InvitationSuggestions;
import org.integra.events.Invitations;
import org.integra.events.Reminders;
import org.integra.system.Actor;
import org.integra.system.RequestParams;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's pages of an event's invitations. */
@Controller
class InvitationController {

	static final int SUGGESTIONS_PER_PAGE = 50;

	private final Events events;

	private final Invitations invitations;

	private final InvitationSuggestions suggestions;

	private final Reminders reminders;

	InvitationController(Events events, Invitations invitations, InvitationSuggestions suggestions,
			Reminders reminders) {
		this.events = events;
		this.invitations = invitations;
		this.suggestions = suggestions;
		this.reminders = reminders;
	}

	@GetMapping("/events/{id:\\d+}/invitations")
	String list(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String page, Actor actor, Locale locale, Model model) {
		Event event = this.events.get(id);
		InvitationStatus chosen = RequestParams.constant(InvitationStatus.class, status);
		EventPolicy policy = EventPolicy.of(actor);
		boolean mayInvite = policy.mayManage() && invitable(event);
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		Page<Invitation> shown = this.invitations.of(id, chosen, RequestParams.page(page));
		model.addAttribute("page", shown);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", InvitationStatus.values());
		Map<InvitationStatus, Long> counts = this.invitations.counts(id);
		model.addAttribute("counts", counts);
		model.addAttribute("unansweredCount", counts.getOrDefault(InvitationStatus.SENT, 0L));
		model.addAttribute("mayInvite", mayInvite);
		model.addAttribute("mayManage", policy.mayManage());
		model.addAttribute("reminders", this.reminders.of(id));
		model.addAttribute("mayRemind", policy.mayManage() && event.getStatus() == EventStatus.ANNOUNCED);
		// whom to remind is chosen on the list of those who have not answered
		model.addAttribute("unanswered", (chosen == InvitationStatus.SENT) ? shown.getContent() : List.of());
		return "events/invitations";
	}

	@GetMapping("/events/{id:\\d+}/invitations/suggestions")
	String suggestions(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Actor actor, Locale locale, Model model) {
		Event event = this.events.managed(id, actor);
		boolean open = invitable(event);
		List<InvitationSuggestions.Suggestion> matching = open ? this.suggestions.matching(id, q, locale) : List.of();
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("open", open);
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("suggestions", pageOf(matching, RequestParams.page(page)));
		return "events/invitation-suggestions";
	}

	private static Page<InvitationSuggestions.Suggestion> pageOf(List<InvitationSuggestions.Suggestion> all,
			int number) {
		int last = Math.max(0, (all.size() - 1) / SUGGESTIONS_PER_PAGE);
		int chosen = Math.min(number, last);
		int from = chosen * SUGGESTIONS_PER_PAGE;
		return new PageImpl<>(all.subList(from, Math.min(all.size(), from + SUGGESTIONS_PER_PAGE)),
				PageRequest.of(chosen, SUGGESTIONS_PER_PAGE), all.size());
	}

	@PostMapping("/events/{id:\\d+}/invitations")
	String invite(@PathVariable long id, @RequestParam(name = "personId", required = false) List<String> personIds,
			@RequestParam(required = false) String all, @RequestParam(required = false) String q, Actor actor,
			Locale locale, RedirectAttributes redirect) {
		this.events.get(id);
		List<Long> ids = "true".equals(all)
				? this.suggestions.matching(id, q, locale).stream().map((s) -> s.person().id()).distinct().toList()
				: chosenIds(personIds);
		if (ids.isEmpty()) {
			redirect.addFlashAttribute("error", "events.invitation.noneChosen");
			return "redirect:/events/" + id + "/invitations/suggestions";
		}
		try {
			Invitations.InviteOutcome outcome = this.invitations.invite(id, ids, this.suggestions.reasonsByCity(),
					actor);
			redirect.addFlashAttribute("message", "events.invitation.sent");
			redirect.addFlashAttribute("sentCount", outcome.sent());
			redirect.addFlashAttribute("skipped", outcome.skipped());
		}
		catch (EventStatusRefusedException ex) {
			redirect.addFlashAttribute("error", "events.invitation.eventNotOpen");
		}
		return "redirect:/events/" + id + "/invitations";
	}

	private static List<Long> chosenIds(List<String> personIds) {
		return (personIds == null) ? List.of()
				: personIds.stream().map(RequestParams::id).filter((value) -> value != null).distinct().toList();
	}

	@PostMapping("/events/{id:\\d+}/reminders")
	String remind(@PathVariable long id, @RequestParam(required = false) String sendOn,
			@RequestParam(name = "invitationId", required = false) List<String> invitationIds, Actor actor,
			RedirectAttributes redirect) {
		this.events.get(id);
		List<Long> ids = (invitationIds == null) ? List.of()
				: invitationIds.stream().map(RequestParams::id).filter((value) -> value != null).distinct().toList();
		try {
			this.reminders.schedule(id, RequestParams.date(sendOn), ids, actor);
			redirect.addFlashAttribute("message", "events.reminder.scheduled");
		}
		catch (InvitationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/events/" + id + "/invitations";
	}

	@GetMapping("/events/{id:\\d+}/invitations/{invitationId:\\d+}")
	String show(@PathVariable long id, @PathVariable long invitationId, Actor actor, Locale locale, Model model) {
		Event event = this.events.get(id);
		Invitation invitation = this.invitations.get(id, invitationId);
		EventPolicy policy = EventPolicy.of(actor);
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("invitation", invitation);
		model.addAttribute("history", this.invitations.history(invitation));
		model.addAttribute("mayRecord",
				policy.mayRecordAnswers() && invitation.getStatus().answerable()
						&& (event.getStatus() == EventStatus.ANNOUNCED
								|| event.getStatus() == EventStatus.REGISTRATION_CLOSED));
		model.addAttribute("mayManage", policy.mayManage());
		model.addAttribute("channels", List.of(AnswerChannel.PHONE, AnswerChannel.EMAIL, AnswerChannel.IN_PERSON));
		model.addAttribute("maxParty", InvitationRules.MAX_PARTY);
		return "events/invitation";
	}

	@PostMapping("/events/{id:\\d+}/invitations/{invitationId:\\d+}/answer")
	String recordAnswer(@PathVariable long id, @PathVariable long invitationId,
			@RequestParam(required = false) String answer, @RequestParam(required = false) String party,
			@RequestParam(required = false) String note, @RequestParam(required = false) String via, Actor actor,
			RedirectAttributes redirect) {
		this.invitations.get(id, invitationId);
		Answer chosen = RequestParams.constant(Answer.class, answer);
		AnswerChannel channel = RequestParams.constant(AnswerChannel.class, via);
		if (chosen == null || channel == null || !channel.byStaff()) {
			redirect.addFlashAttribute("error", "events.answer.refused.incomplete");
			return "redirect:/events/" + id + "/invitations/" + invitationId;
		}
		try {
			InvitationStatus status = this.invitations.recordAnswer(id, invitationId, chosen, partySize(party), note,
					channel, actor);
			redirect.addFlashAttribute("message", "events.answer.recorded." + status.name());
		}
		catch (InvitationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/events/" + id + "/invitations/" + invitationId;
	}

	@PostMapping("/events/{id:\\d+}/invitations/{invitationId:\\d+}/approve")
	String approve(@PathVariable long id, @PathVariable long invitationId, Actor actor, RedirectAttributes redirect) {
		try {
			this.invitations.approve(id, invitationId, actor);
			redirect.addFlashAttribute("message", "events.invitation.approved");
		}
		catch (InvitationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/events/" + id + "/invitations/" + invitationId;
	}

	@PostMapping("/events/{id:\\d+}/invitations/{invitationId:\\d+}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long invitationId, Actor actor, RedirectAttributes redirect) {
		this.invitations.withdraw(id, invitationId, actor);
		redirect.addFlashAttribute("message", "events.invitation.withdrawn");
		return "redirect:/events/" + id + "/invitations/" + invitationId;
	}

	/**
	 * The people coming, as typed; 1 when blank, 0 (refused by the rules) when
	 * unreadable.
	 */
	static int partySize(String text) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		return (text.strip().matches("\\d{1,3}")) ? Integer.parseInt(text.strip()) : 0;
	}

	private static boolean invitable(Event event) {
		return event.getStatus() == EventStatus.ANNOUNCED || event.getStatus() == EventStatus.REGISTRATION_CLOSED;
	}

}
