package org.integra.ranking.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.integra.audit.AuditTrail;
import org.integra.ranking.CityFacts;
import org.integra.ranking.Criterion;
import org.integra.ranking.PolicySector;
import org.integra.ranking.RankingData;
import org.integra.ranking.ThematicUnit;
import org.integra.ranking.ThematicUnitRepository;
import org.integra.ranking.ValueCsv;
import org.integra.ranking.ValueEntry;
import org.integra.system.TextInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's ranking profile: its priority sectors, its criteria values with their evidence
 * and its completeness; editors change priorities and enter values.
 */
@Controller
class CityProfileController {

	private final RankingData data;

	private final ThematicUnitRepository units;

	private final AuditTrail auditTrail;

	CityProfileController(RankingData data, ThematicUnitRepository units, AuditTrail auditTrail) {
		this.data = data;
		this.units = units;
		this.auditTrail = auditTrail;
	}

	@GetMapping("/ranking/cities/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("profile", this.data.profile(id));
		java.util.Set<Long> active = this.units.findAll()
			.stream()
			.filter(ThematicUnit::isActive)
			.map(ThematicUnit::getId)
			.collect(java.util.stream.Collectors.toSet());
		List<Long> chosen = this.data.sectors(id);
		List<PolicySector> all = this.data.allSectors();
		model.addAttribute("sectors", all);
		model.addAttribute("citySectors", chosen);
		model.addAttribute("sectorRows",
				all.stream()
					.filter((sector) -> chosen.contains(sector.getId()))
					.map((sector) -> new SectorRow(sector, sector.getUnitIds().stream().anyMatch(active::contains)))
					.toList());
		model.addAttribute("sectorSource", this.data.sectorSource(id).orElse(null));
		return "ranking/city";
	}

	/**
	 * One of the city's priority sectors and whether an active thematic unit covers it.
	 */
	record SectorRow(PolicySector sector, boolean covered) {
	}

	@PostMapping("/ranking/cities/{id:\\d+}/priorities")
	String priorities(@PathVariable long id, @RequestParam(name = "sector", required = false) List<String> sectorIds,
			@RequestParam(required = false) String source, @RequestParam(required = false) boolean partial,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
			Principal principal) {
		this.data.city(id);
		if ((source != null && source.length() > 2000) || (note != null && note.length() > 4000)) {
			model.addAttribute("valueError", "ranking.value.problem.tooLong");
			return show(id, model);
		}
		List<Long> ids = sectorIds == null ? List.of()
				: sectorIds.stream().map(ValueCsv::id).flatMap(Optional::stream).limit(200).toList();
		this.data.replaceSectors(id, ids,
				new CityFacts.SectorSource(TextInput.withoutNul(source), partial, TextInput.withoutNul(note)),
				principal.getName());
		redirect.addFlashAttribute("message", "ranking.priorities.saved");
		return "redirect:/ranking/cities/" + id;
	}

	@PostMapping("/ranking/cities/{id:\\d+}/values/{criterionId:\\d+}")
	String enter(@PathVariable long id, @PathVariable long criterionId, @RequestParam(required = false) String value,
			@RequestParam(required = false) String source, @RequestParam(required = false) String evidenceDate,
			@RequestParam(required = false) String note, Principal principal, Model model,
			RedirectAttributes redirect) {
		this.data.city(id);
		Criterion criterion = this.data.criterion(criterionId);
		Optional<Optional<LocalDate>> date = ValueCsv.date(evidenceDate);
		ValueEntry entry = new ValueEntry(value, source, date.flatMap((d) -> d).orElse(null), note);
		Optional<String> problem = date.isEmpty() ? Optional.of("ranking.value.problem.date")
				: this.data.check(criterion, entry);
		if (problem.isPresent()) {
			model.addAttribute("valueError", problem.get());
			model.addAttribute("valueErrorCriterion", criterionId);
			model.addAttribute("entry", entry);
			return show(id, model);
		}
		this.data.enter(id, criterion, entry, principal.getName());
		redirect.addFlashAttribute("message", "ranking.value.saved");
		return "redirect:/ranking/cities/" + id;
	}

	@GetMapping("/ranking/cities/{id:\\d+}/values/{criterionId:\\d+}/history")
	String history(@PathVariable long id, @PathVariable long criterionId, Model model) {
		this.data.city(id);
		Criterion criterion = this.data.criterion(criterionId);
		model.addAttribute("criterion", criterion);
		model.addAttribute("city", this.data.city(id));
		model.addAttribute("history",
				this.data.profile(id)
					.values()
					.stream()
					.filter((v) -> v.evidence() != null && v.criterion().getId().equals(criterionId))
					.findFirst()
					.map((v) -> this.auditTrail.historyOf("CriterionValue", v.evidence().getId()))
					.orElse(List.of()));
		return "ranking/value-history";
	}

}
