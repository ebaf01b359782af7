package org.integra.ranking.web;

import java.security.Principal;
import java.util.List;

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
		List<EntryRow> rows = entries.getContent().stream().map(this::row).toList();
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
			Principal principal, Model model, RedirectAttributes redirect) {
		long cityId = PageParameter.id(city);
		long versionId = PageParameter.id(version);
		try {
			this.shortlist.add(cityId, versionId, reason, principal.getName());
		}
		catch (IllegalArgumentException ex) {
			return showForm(cityId, versionId, reason, ex.getMessage(), model);
		}
		redirect.addFlashAttribute("message", "ranking.shortlist.added");
		return "redirect:/ranking/shortlist";
	}

	private String showForm(long cityId, long versionId, String reason, String problem, Model model) {
		this.data.city(cityId);
		ScoringModelVersion version = this.models.versionById(versionId);
		model.addAttribute("version", version);
		model.addAttribute("modelName", this.models.get(version.getModelId()).getName());
		model.addAttribute("cityName", this.data.city(cityId).name());
		model.addAttribute("cityId", cityId);
		model.addAttribute("reason", reason);
		model.addAttribute("reasonMax", Shortlist.REASON_MAX);
		model.addAttribute("problem", problem);
		try {
			ShortlistCandidate candidate = this.shortlist.candidate(cityId, versionId);
			model.addAttribute("candidate", candidate);
			model.addAttribute("previous", this.shortlist.entriesOf(cityId).stream().map(this::row).toList());
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("candidate", null);
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("previous", List.of());
		}
		return "ranking/shortlist-form";
	}

	private EntryRow row(ShortlistEntry entry) {
		ScoringModelVersion version = this.models.versionById(entry.getModelVersionId());
		String cityName;
		try {
			cityName = this.data.city(entry.getCityId()).name();
		}
		catch (NotFoundException ex) {
			cityName = Long.toString(entry.getCityId());
		}
		return new EntryRow(entry, cityName, this.models.get(version.getModelId()).getName(), version.getNumber());
	}

}
