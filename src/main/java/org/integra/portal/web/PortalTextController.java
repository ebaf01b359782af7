package org.integra.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.integra.portal.PortalMarkdown;
import org.integra.portal.PortalSection;
import org.integra.portal.PortalText;
import org.integra.portal.PortalTexts;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.RequestParams;
import org.integra.system.SupportedLanguages;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' editing of the portal's texts: a form per section and language, in
 * Markdown, checked against the version the admin read.
 */
@Controller
class PortalTextController {

	private static final String LIST = "/portal/admin/texts";

	private final PortalTexts texts;

	PortalTextController(PortalTexts texts) {
		this.texts = texts;
	}

	@GetMapping(LIST)
	String list(Model model) {
		model.addAttribute("sections", PortalSection.values());
		model.addAttribute("textLanguages", SupportedLanguages.ALL.stream().map(Locale::getLanguage).toList());
		return "portal/texts";
	}

	@GetMapping(LIST + "/{section}/{language}")
	String edit(@PathVariable String section, @PathVariable String language, Actor actor, Model model) {
		PortalSection chosen = section(section, language);
		PortalText text = this.texts.forEditing(chosen, language, actor);
		return form(model, chosen, language, text.getBody(), (text.getId() != null) ? text.getVersion() : null, null);
	}

	@PostMapping(LIST + "/{section}/{language}")
	String save(@PathVariable String section, @PathVariable String language,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) String version, Actor actor,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PortalSection chosen = section(section, language);
		Long expected = RequestParams.id(version);
		if (body.strip().length() > PortalText.MAX_LENGTH) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, chosen, language, body, expected, "portal.text.tooLong");
		}
		try {
			this.texts.write(chosen, language, body, expected, actor);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(model, chosen, language, body, expected, "portal.text.stale");
		}
		redirect.addFlashAttribute("saved", chosen.slug() + "/" + language);
		return "redirect:" + LIST;
	}

	private static PortalSection section(String section, String language) {
		if (!SupportedLanguages.isSupported(language)) {
			throw new NotFoundException("portal.text.notFound");
		}
		return PortalSection.fromSlug(section).orElseThrow(() -> new NotFoundException("portal.text.notFound"));
	}

	private static String form(Model model, PortalSection section, String language, String body, Long version,
			String error) {
		model.addAttribute("section", section);
		model.addAttribute("language", language);
		model.addAttribute("body", body);
		model.addAttribute("version", version);
		model.addAttribute("preview", PortalMarkdown.toHtml(body));
		model.addAttribute("error", error);
		model.addAttribute("maxLength", PortalText.MAX_LENGTH);
		return "portal/text-form";
	}

}
