package org.integra.ranking.web;

import java.util.List;

import org.integra.ranking.RankingPolicy;
import org.integra.system.Actor;
import org.integra.ranking.RankingData;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.Shortlist;
import org.integra.ranking.ShortlistCandidate;
import org.integra.ranking.ShortlistEntry;
import org.integra.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shortlist: the cities chosen from the ranking, and shortlisting one with a reason.
 */
@Controller
class ShortlistController {

	static final int PAGE_SIZE = 25;

	/** A shortlist entry as listed, with the names behind its ids. */
	record EntryRow(ShortlistEntry entry, String cityName, String modelName, int versionNumber) {
	}

	private final Shortlist shortlist;

	private final ScoringModels models;

	private final RankingData data;

	ShortlistController(Shortlist shortlist, ScoringModels models, RankingData data) {
		this.shortlist = shortlist;
		this.models = models;
		this.data = data;
	}

	@GetMapping("/ranking/shortlist")
	String list(@RequestParam(defaultValue = "0") String page, Model model) {
		int number = PageParameter.parse(page);
		Page<ShortlistEntry> entries = this.shortlist.entries(PageRequest.of(number, PAGE_SIZE));
		// a page holds few versions: look each one and its model up once
		java.util.Map<Long, ScoringModelVersion> versions = new java.util.HashMap<>();
		java.util.Map<Long, String> modelNames = new java.util.HashMap<>();
		List<EntryRow> rows = entries.getContent().stream().map((entry) -> {
			ScoringModelVersion version = versions.computeIfAbsent(entry.getModelVersionId(), this.models::versionById);
			String modelName = modelNames.computeIfAbsent(version.getModelId(), (id) -> this.models.get(id).getName());
			return new EntryRow(entry, cityName(entry.getCityId()), modelName, version.getNumber());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("page", entries);
		return "ranking/shortlist";
	}

	@GetMapping("/ranking/shortlist/new")
	String form(@RequestParam String city, @RequestParam String version, Model model) {
		return showForm(PageParameter.id(city), PageParameter.id(version), "", null, model);
	}

	@PostMapping("/ranking/shortlist")
	String add(@RequestParam String city, @RequestParam String version, @RequestParam(defaultValue = "") String reason,
			Actor actor, Model model, RedirectAttributes redirect) {
		long cityId = PageParameter.id(city);
		long versionId = PageParameter.id(version);
		try {
			this.shortlist.add(cityId, versionId, reason, RankingPolicy.of(actor));
		}
		catch (IllegalArgumentException ex) {
			return showForm(cityId, versionId, reason, ex.getMessage(), model);
		}
		redirect.addFlashAttribute("message", "ranking.shortlist.added");
		return "redirect:/ranking/shortlist";
	}

	private String showForm(long cityId, long versionId, String reason, String problem, Model model) {
		String cityName = this.data.city(cityId).name();
		ScoringModelVersion version = this.models.versionById(versionId);
		model.addAttribute("version", version);
		model.addAttribute("modelName", this.models.get(version.getModelId()).getName());
		model.addAttribute("cityName", cityName);
		model.addAttribute("cityId", cityId);
		model.addAttribute("reason", reason);
		model.addAttribute("reasonMax", Shortlist.REASON_MAX);
		model.addAttribute("problem", problem);
		model.addAttribute("shortlisted", this.shortlist.latestScores(List.of(cityId)).get(cityId));
		try {
			ShortlistCandidate candidate = this.shortlist.candidate(cityId, versionId);
			model.addAttribute("candidate", candidate);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("candidate", null);
			model.addAttribute("problem", ex.getMessage());
		}
		return "ranking/shortlist-form";
	}

	private String cityName(long cityId) {
		try {
			return this.data.city(cityId).name();
		}
		catch (NotFoundException ex) {
			return Long.toString(cityId);
		}
	}

}
