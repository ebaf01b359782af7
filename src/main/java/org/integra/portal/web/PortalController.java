package org.integra.portal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.integra.portal.PortalSection;
import org.integra.portal.PortalTexts;
import org.integra.ranking.ThematicUnitCatalog;
import org.integra.system.BaseUrl;
import org.integra.system.SupportedLanguages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public portal's page, open without signing in, in the visitor's language.
 */
@Controller
class PortalController {

	static final String PATH = "/portal";

	private final PortalTexts texts;

	private final ThematicUnitCatalog units;

	private final BaseUrl baseUrl;

	PortalController(PortalTexts texts, ThematicUnitCatalog units, BaseUrl baseUrl) {
		this.texts = texts;
		this.units = units;
		this.baseUrl = baseUrl;
	}

	@GetMapping(PATH)
	String portal(Locale locale, Model model) {
		Locale language = SupportedLanguages.closest(locale);
		model.addAttribute("sections", PortalSection.values());
		model.addAttribute("texts", this.texts.rendered(language));
		model.addAttribute("units", this.units.active(language));
		model.addAttribute("canonical", address(language.getLanguage()));
		model.addAttribute("alternates", alternates(this.baseUrl));
		return "portal/index";
	}

	private String address(String language) {
		return this.baseUrl.of(PATH + "?lang=" + language);
	}

	/** The portal's address in each language, by language tag. */
	static Map<String, String> alternates(BaseUrl baseUrl) {
		Map<String, String> alternates = new LinkedHashMap<>();
		for (Locale language : SupportedLanguages.ALL) {
			alternates.put(language.getLanguage(), baseUrl.of(PATH + "?lang=" + language.getLanguage()));
		}
		return alternates;
	}

}
