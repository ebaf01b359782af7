package org.integra.membership.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.CountryNames;
import org.integra.membership.Application;
import org.integra.membership.ApplicationDocument;
import org.integra.membership.ApplicationRefusedException;
import org.integra.membership.ApplicationRules;
import org.integra.membership.ApplicationSearch;
import org.integra.membership.ApplicationStatus;
import org.integra.membership.ApplicationFiles;
import org.integra.membership.Applications;
import org.integra.membership.DocumentKind;
import org.integra.membership.MembershipPolicy;
import org.integra.membership.Requirement;
import org.integra.outreach.CandidateOutreach;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.RefusedException;
import org.integra.system.RequestParams;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's pages of membership applications: the list, opening one for a candidate
 * city, and an application's page with its checklist, documents, history and the steps
 * the caller may take.
 */
@Controller
class ApplicationController {

	static final int PAGE_SIZE = 25;

	private final Applications applications;

	private final ApplicationSearch search;

	private final CityCatalog cities;

	private final CountryNames countries;

	private final CandidateOutreach outreach;

	private final MessageSource messages;

	private final ApplicationFiles files;

	ApplicationController(Applications applications, ApplicationSearch search, CityCatalog cities,
			CountryNames countries, CandidateOutreach outreach, MessageSource messages, ApplicationFiles files) {
		this.files = files;
		this.applications = applications;
		this.search = search;
		this.cities = cities;
		this.countries = countries;
		this.outreach = outreach;
		this.messages = messages;
	}

	@GetMapping("/membership/applications")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String country,
			@RequestParam(required = false) String page, Actor actor, Locale locale, Model model) {
		ApplicationStatus chosen = RequestParams.constant(ApplicationStatus.class, status);
		String countryCode = RequestParams.countryCode(country);
		Page<Application> found = this.search.search(chosen, countryCode, RequestParams.page(page), PAGE_SIZE, actor);
		Map<Long, CitySummary> names = this.cities
			.findAll(found.getContent().stream().map(Application::getCityId).toList());
		model.addAttribute("page",
				found.map((application) -> ApplicationRow.of(application, names, this.countries, locale)));
		model.addAttribute("status", chosen);
		model.addAttribute("country", countryCode);
		model.addAttribute("statuses", ApplicationStatus.values());
		Map<String, String> countryNames = new LinkedHashMap<>();
		this.search.countryCodes(actor)
			.forEach((code) -> countryNames.put(code, this.countries.name(code, locale).orElse(code)));
		model.addAttribute("countries", countryNames);
		boolean mayPrepare = MembershipPolicy.of(actor).mayPrepare();
		model.addAttribute("mayOpen", mayPrepare);
		model.addAttribute("candidates", mayPrepare ? candidates(actor) : List.of());
		return "membership/applications";
	}

	/** The candidate cities without an application under way, by name. */
	private List<CitySummary> candidates(Actor actor) {
		Set<Long> open = this.search.citiesWithOpenApplication(actor);
		return this.cities.findAll(this.outreach.candidateCityIds())
			.values()
			.stream()
			.filter((city) -> !open.contains(city.id()))
			.sorted(Comparator.comparing(CitySummary::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(CitySummary::id))
			.toList();
	}

	@PostMapping("/membership/applications")
	String open(@RequestParam(required = false) String cityId, Actor actor, Locale locale, Model model,
			RedirectAttributes redirect) {
		Long city = RequestParams.id(cityId);
		if (city == null) {
			redirect.addFlashAttribute("error", "membership.application.cityRequired");
			return "redirect:/membership/applications";
		}
		try {
			Application opened = this.applications.open(city, actor);
			redirect.addFlashAttribute("message", "membership.application.opened");
			return "redirect:/membership/applications/" + opened.getId();
		}
		catch (ApplicationRefusedException ex) {
			refused(ex, locale, model);
			return list(null, null, null, actor, locale, model);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", "membership.application.cityRequired");
			return "redirect:/membership/applications";
		}
	}

	@GetMapping("/membership/applications/{id:\\d+}")
	String show(@PathVariable long id, Actor actor, Locale locale, Model model) {
		Application application = this.applications.get(id, actor);
		MembershipPolicy policy = MembershipPolicy.of(actor);
		CitySummary city = this.cities.find(application.getCityId()).orElse(null);
		List<ApplicationDocument> documents = this.applications.documents(id, actor);
		Set<DocumentKind> missingKinds = EnumSet.allOf(DocumentKind.class);
		documents.forEach((document) -> missingKinds.remove(document.getKind()));
		List<Requirement> checklist = this.applications.checklist(id, actor);
		Set<ApplicationStatus> steps = EnumSet.noneOf(ApplicationStatus.class);
		ApplicationRules.allowedFrom(application.getStatus()).stream().filter(policy::mayMoveTo).forEach(steps::add);
		// not "application": Thymeleaf reserves that name for the servlet context
		model.addAttribute("shown", application);
		model.addAttribute("cityName", (city != null) ? city.name() : "#" + application.getCityId());
		model.addAttribute("countryName",
				(city != null) ? this.countries.name(city.countryCode(), locale).orElse(city.countryCode()) : "");
		model.addAttribute("checklist", checklist);
		model.addAttribute("next", ApplicationRules.forward(application.getStatus()).orElse(null));
		model.addAttribute("documents", documents);
		model.addAttribute("files", this.files.versions(id, actor));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("history", this.applications.history(id, actor));
		model.addAttribute("mayNote", policy.mayPrepare() && application.getStatus().open());
		model.addAttribute("notable", List.copyOf(missingKinds));
		model.addAttribute("steps", steps);
		model.addAttribute("forwardSteps", steps.stream().filter((to) -> !ApplicationRules.needsReason(to)).toList());
		model.addAttribute("endingSteps", steps.stream().filter(ApplicationRules::needsReason).toList());
		model.addAttribute("maxReason", ApplicationRules.MAX_REASON);
		model.addAttribute("maxPlace", ApplicationRules.MAX_PLACE);
		return "membership/application";
	}

	@PostMapping("/membership/applications/{id:\\d+}/documents/note")
	String note(@PathVariable long id, @RequestParam(required = false) String kind, Actor actor, Locale locale,
			Model model, RedirectAttributes redirect) {
		this.applications.get(id, actor);
		DocumentKind chosen = RequestParams.constant(DocumentKind.class, kind);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "membership.document.required");
			return redirectTo(id);
		}
		try {
			this.applications.noteDocument(id, chosen, actor);
			redirect.addFlashAttribute("message", "membership.document.noted");
			return redirectTo(id);
		}
		catch (ApplicationRefusedException ex) {
			refused(ex, locale, model);
			return show(id, actor, locale, model);
		}
	}

	@PostMapping("/membership/applications/{id:\\d+}/steps")
	String step(@PathVariable long id, @RequestParam(required = false) String to,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String note,
			@RequestParam(required = false) String summitDate, @RequestParam(required = false) String summitPlace,
			Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		this.applications.get(id, actor);
		ApplicationStatus target = RequestParams.constant(ApplicationStatus.class, to);
		try {
			if (target == null || target == ApplicationStatus.DRAFT) {
				throw new ApplicationRefusedException("membership.application.moveRefused");
			}
			switch (target) {
				case SUBMITTED -> this.applications.submit(id, actor);
				case DOCUMENTS_COMPLETE -> this.applications.markDocumentsComplete(id, actor);
				case RECOMMENDED -> this.applications.recommend(id, note, actor);
				case APPROVED -> this.applications.approve(id, RequestParams.date(summitDate), summitPlace, actor);
				case MEMBER -> this.applications.makeMember(id, actor);
				case REJECTED -> this.applications.reject(id, reason, actor);
				case WITHDRAWN -> this.applications.withdraw(id, reason, actor);
				default -> throw new ApplicationRefusedException("membership.application.moveRefused");
			}
			redirect.addFlashAttribute("message", "membership.step.taken");
			return redirectTo(id);
		}
		catch (ApplicationRefusedException ex) {
			// the page again, with the refusal and what the user typed
			refused(ex, locale, model);
			model.addAttribute("reason", reason);
			model.addAttribute("note", note);
			model.addAttribute("summitDate", summitDate);
			model.addAttribute("summitPlace", summitPlace);
			return show(id, actor, locale, model);
		}
	}

	/** The refusal in the caller's language, with what is still missing. */
	private void refused(RefusedException ex, Locale locale, Model model) {
		model.addAttribute("refusal", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
		if (ex instanceof ApplicationRefusedException refused) {
			model.addAttribute("missing", refused.getMissing());
		}
	}

	private static String redirectTo(long id) {
		return "redirect:/membership/applications/" + id;
	}

}
