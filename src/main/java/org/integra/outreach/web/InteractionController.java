package org.integra.outreach.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.integra.audit.AuditTrail;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.directory.OrganizationSummary;
import org.integra.directory.PersonSummary;
import org.integra.outreach.CandidateScope;
import org.integra.outreach.Channel;
import org.integra.outreach.Interaction;
import org.integra.outreach.Interactions;
import org.integra.outreach.OutreachPolicy;
import org.integra.outreach.Pipeline;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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
 * Logging an interaction with a candidate city, correcting it, and its page.
 */
@Controller
class InteractionController {

	private static final Set<String> FORM_FIELDS = Set.of("occurredOn", "kind", "channel", "intermediaryId",
			"mentorCityId", "personIds", "summary", "outcome", "interest", "nextStep", "nextStepAssignee",
			"nextStepDue", "version");

	private final Interactions interactions;

	private final Pipeline pipeline;

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	private final CandidateScope scope;

	private final InteractionOptions options;

	private final AuditTrail auditTrail;

	private final Clock clock;

	InteractionController(Interactions interactions, Pipeline pipeline, CityCatalog cities, DirectoryCatalog directory,
			CandidateScope scope, InteractionOptions options, AuditTrail auditTrail, Clock clock) {
		this.interactions = interactions;
		this.pipeline = pipeline;
		this.cities = cities;
		this.directory = directory;
		this.scope = scope;
		this.options = options;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@InitBinder("interactionForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setAllowedFields(FORM_FIELDS.toArray(String[]::new));
	}

	@GetMapping("/outreach/candidates/{cityId:\\d+}/interactions/new")
	String initCreationForm(@PathVariable long cityId, Actor actor, Model model) {
		if (!OutreachPolicy.of(actor).mayLogInteractions()) {
			throw new AccessDeniedException("not allowed to log interactions");
		}
		CitySummary city = candidateCity(cityId);
		InteractionForm form = new InteractionForm();
		form.setOccurredOn(LocalDate.now(this.clock));
		CandidateScope.Scope current = this.scope.current();
		if (current.isMentor()) {
			form.setChannel(Channel.MENTOR_CITY);
			form.setMentorCityId(current.mentorCityId());
		}
		model.addAttribute("interactionForm", form);
		return form(model, city, form, null);
	}

	@PostMapping("/outreach/candidates/{cityId:\\d+}/interactions")
	String processCreationForm(@PathVariable long cityId, @ModelAttribute("interactionForm") InteractionForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		CitySummary city = candidateCity(cityId);
		this.interactions.requireReachable(form.getIntermediaryId(), form.getPersonIds(), null);
		if (result.hasErrors()) {
			return form(model, city, form, null);
		}
		try {
			this.interactions.log(form.toDraft(cityId), user.getName());
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, FORM_FIELDS);
			return form(model, city, form, null);
		}
		redirect.addFlashAttribute("message", "interactions.logged");
		return "redirect:/outreach/candidates/" + cityId;
	}

	@GetMapping("/outreach/interactions/{id:\\d+}")
	String show(@PathVariable long id, Actor actor, Model model) {
		Interaction interaction = this.interactions.get(id);
		model.addAttribute("interaction", interaction);
		model.addAttribute("city", city(interaction.getCityId()));
		model.addAttribute("intermediary", organization(interaction.getIntermediaryId()));
		model.addAttribute("mentorCity",
				(interaction.getMentorCityId() == null) ? null : city(interaction.getMentorCityId()));
		List<PersonSummary> people = new ArrayList<>();
		for (long personId : interaction.getPersonIds()) {
			try {
				people.add(this.directory.person(personId));
			}
			catch (NotFoundException ex) {
				// merged away or deleted: nothing to show
			}
		}
		people.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		model.addAttribute("people", people);
		model.addAttribute("mayCorrect", OutreachPolicy.of(actor).mayCorrect(interaction));
		model.addAttribute("history", this.auditTrail.historyOf("Interaction", id));
		return "outreach/interaction";
	}

	@GetMapping("/outreach/interactions/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, Actor actor, Model model) {
		Interaction interaction = correctable(id, OutreachPolicy.of(actor));
		InteractionForm form = InteractionForm.of(interaction);
		model.addAttribute("interactionForm", form);
		return form(model, city(interaction.getCityId()), form, interaction);
	}

	@PostMapping("/outreach/interactions/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("interactionForm") InteractionForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		OutreachPolicy policy = OutreachPolicy.of(actor);
		Interaction interaction = correctable(id, policy);
		CitySummary city = city(interaction.getCityId());
		this.interactions.requireReachable(form.getIntermediaryId(), form.getPersonIds(), interaction);
		if (result.hasErrors()) {
			return form(model, city, form, interaction);
		}
		try {
			this.interactions.correct(id, (form.getVersion() == null) ? -1 : form.getVersion(),
					form.toDraft(interaction.getCityId()), policy);
		}
		catch (ValidationFailedException ex) {
			ex.copyTo(result, FORM_FIELDS);
			return form(model, city, form, interaction);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("interactions.edit.stale");
			return form(model, city, form, interaction);
		}
		redirect.addFlashAttribute("message", "interactions.corrected");
		return "redirect:/outreach/interactions/" + id;
	}

	private String form(Model model, CitySummary city, InteractionForm form, Interaction interaction) {
		this.options.addTo(model, city, form);
		model.addAttribute("interaction", interaction);
		return "outreach/interaction-form";
	}

	/** A candidate city the user may see and log for. */
	private CitySummary candidateCity(long cityId) {
		this.scope.requireVisible(cityId);
		this.pipeline.candidate(cityId).orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		return city(cityId);
	}

	private CitySummary city(long cityId) {
		return this.cities.find(cityId).orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
	}

	private OrganizationSummary organization(Long id) {
		if (id == null) {
			return null;
		}
		try {
			return this.directory.organization(id);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private Interaction correctable(long id, OutreachPolicy policy) {
		Interaction interaction = this.interactions.get(id);
		if (!policy.mayCorrect(interaction)) {
			throw new AccessDeniedException("not allowed to correct interaction " + id);
		}
		return interaction;
	}

}
