package org.integra.letters.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.letters.SentLetters;
import org.integra.outreach.CandidateOutreach;
import org.integra.system.RequestParams;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The letters menu: the letters sent, and where to start composing one (choosing the
 * candidate city; the contact is chosen on the compose page).
 */
@Controller
class LetterListController {

	static final String SENT_VIEW = "letters/sent";

	static final String CHOOSE_VIEW = "letters/choose";

	private final SentLetters sent;

	private final CandidateOutreach outreach;

	private final CityCatalog cities;

	LetterListController(SentLetters sent, CandidateOutreach outreach, CityCatalog cities) {
		this.sent = sent;
		this.outreach = outreach;
		this.cities = cities;
	}

	@GetMapping("/letters")
	String sent(@RequestParam(required = false) String page, Model model) {
		Page<SentLetters.Row> rows = this.sent.page(RequestParams.page(page));
		model.addAttribute("page", rows);
		return SENT_VIEW;
	}

	@GetMapping(path = "/letters/compose", params = "!cityId")
	String choose(Locale locale, Model model) {
		List<Long> cityIds = this.outreach.candidateCityIds();
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		List<CitySummary> candidates = this.cities.findAll(cityIds)
			.values()
			.stream()
			.sorted(Comparator.comparing(CitySummary::name, collator))
			.toList();
		model.addAttribute("candidates", candidates);
		return CHOOSE_VIEW;
	}

}
