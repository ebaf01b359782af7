package org.integra.events.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.audit.AuditTrail;
import org.integra.cities.CountryNames;
import org.integra.directory.OrganizationKind;
import org.integra.events.Event;
import org.integra.events.EventPolicy;
import org.integra.events.ForumRefusedException;
import org.integra.events.ForumRules;
import org.integra.events.ForumView;
import org.integra.events.ForumViews;
import org.integra.events.Forums;
import org.integra.system.Actor;
import org.integra.system.ValidationFailedException;
import org.integra.tasks.EventTasks;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forum section of an event of kind forum participation: the association holding it,
 * who represented the network, the outcome, the contacts made and the follow-up tasks.
 * The event's page loads it (htmx); it is also a page of its own, where a refused form is
 * shown again. For any other event it does not exist.
 */
@Controller
class ForumController {

	static final String VIEW = "events/forum";

	private final Forums forums;

	private final ForumViews views;

	private final EventTasks tasks;

	private final CountryNames countries;

	private final AuditTrail auditTrail;

	ForumController(Forums forums, ForumViews views, EventTasks tasks, CountryNames countries, AuditTrail auditTrail) {
		this.forums = forums;
		this.views = views;
		this.tasks = tasks;
		this.countries = countries;
		this.auditTrail = auditTrail;
	}

	@InitBinder("forumForm")
	void forumFields(WebDataBinder binder) {
		binder.setAllowedFields(ForumForm.FIELDS.toArray(String[]::new));
	}

	@InitBinder("followUpForm")
	void followUpFields(WebDataBinder binder) {
		binder.setAllowedFields(FollowUpForm.FIELDS.toArray(String[]::new));
	}

	@GetMapping("/events/{id:\\d+}/forum")
	String show(@PathVariable long id, HtmxRequest htmx, Actor actor, Locale locale, Model model) {
		Event event = this.forums.forumEvent(id);
		ForumView view = this.views.of(id);
		model.addAttribute("forumForm", ForumForm.of(view));
		model.addAttribute("followUpForm", new FollowUpForm());
		page(event, view, actor, locale, model);
		return (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) ? VIEW + " :: panel" : VIEW;
	}

	@PostMapping("/events/{id:\\d+}/forum")
	String record(@PathVariable long id, @ModelAttribute("forumForm") ForumForm form, BindingResult result, Actor actor,
			Locale locale, Model model, RedirectAttributes redirect) {
		Event event = this.forums.forumEvent(id);
		if (!result.hasErrors()) {
			try {
				this.forums.record(id, form.draft(), (form.getVersion() != null) ? form.getVersion() : -1, actor);
				redirect.addFlashAttribute("message", "events.forum.saved");
				return "redirect:/events/" + id;
			}
			catch (ValidationFailedException ex) {
				ex.copyTo(result, ForumForm.FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("events.forum.stale");
			}
			catch (ForumRefusedException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		model.addAttribute("followUpForm", new FollowUpForm());
		page(event, this.views.of(id), actor, locale, model);
		return VIEW;
	}

	@PostMapping("/events/{id:\\d+}/forum/tasks")
	String addFollowUp(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
			Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		Event event = this.forums.forumEvent(id);
		if (!result.hasErrors()) {
			try {
				this.forums.addFollowUp(id, form.getTitle(), form.getAssignee(), form.getDueOn(), actor);
				redirect.addFlashAttribute("message", "events.forum.taskCreated");
				return "redirect:/events/" + id;
			}
			catch (ValidationFailedException ex) {
				ex.copyTo(result, FollowUpForm.FIELDS);
			}
			catch (ForumRefusedException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		ForumView view = this.views.of(id);
		model.addAttribute("forumForm", ForumForm.of(view));
		page(event, view, actor, locale, model);
		return VIEW;
	}

	private void page(Event event, ForumView view, Actor actor, Locale locale, Model model) {
		boolean mayManage = EventPolicy.of(actor).mayManage() && ForumRules.mayRecord(event.getStatus());
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(locale));
		model.addAttribute("view", view);
		String country = (view.association() != null) ? view.association().countryCode() : null;
		model.addAttribute("associationCountry",
				(country != null) ? this.countries.name(country, locale).orElse(country) : null);
		model.addAttribute("followUps", this.forums.followUps(event.getId()));
		model.addAttribute("history", this.auditTrail.historyOf("EventForum", event.getId()));
		model.addAttribute("mayManage", mayManage);
		if (mayManage) {
			model.addAttribute("associations", this.forums.organizations(OrganizationKind.ASSOCIATION));
			model.addAttribute("bodies", this.forums.organizations(OrganizationKind.NETWORK_BODY));
			model.addAttribute("people", this.views.people());
			model.addAttribute("assignees", this.tasks.assignees(locale));
			model.addAttribute("outcomeAllowed", ForumRules.mayHaveOutcome(this.forums.facts(event)));
			model.addAttribute("outcomeMax", ForumRules.OUTCOME_MAX);
		}
	}

}
