package org.integra.ranking.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.integra.ranking.FeeBracketTerms;
import org.integra.ranking.FeeSchedules;
import org.integra.ranking.RankingData;
import org.integra.ranking.ValueCsv;
import org.integra.ranking.ValueRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fee schedule: everyone signed in reads it and estimates a fee; ADMIN replaces it.
 */
@Controller
class FeeScheduleController {

	private static final int MAX_ROWS = 50;

	private final FeeSchedules fees;

	private final RankingData data;

	FeeScheduleController(FeeSchedules fees, RankingData data) {
		this.fees = fees;
		this.data = data;
	}

	@GetMapping("/ranking/fees")
	String show(@RequestParam(required = false) String population, Model model) {
		model.addAttribute("brackets", this.fees.brackets());
		model.addAttribute("illustrative", this.data.feeSchedule().illustrative());
		model.addAttribute("population", population);
		if (population != null && !population.isBlank()) {
			Optional<Long> parsed = ValueCsv.id(population.replace(".", "").replace(" ", ""));
			model.addAttribute("estimate", parsed.flatMap((p) -> this.data.feeSchedule().bracketFor(p)).orElse(null));
			model.addAttribute("populationInvalid", parsed.isEmpty());
		}
		return "ranking/fees";
	}

	@GetMapping("/ranking/fees/edit")
	String edit(Model model) {
		List<FeeRow> rows = new ArrayList<>(this.fees.brackets()
			.stream()
			.map((b) -> new FeeRow(String.valueOf(b.getPopulationMin()),
					b.getPopulationMax() == null ? "" : String.valueOf(b.getPopulationMax()),
					b.getAnnualAmount().toPlainString(), b.getCurrency(), String.valueOf(b.getYear()),
					b.isIllustrative()))
			.toList());
		rows.add(FeeRow.empty());
		model.addAttribute("rows", rows);
		return "ranking/fees-edit";
	}

	@PostMapping("/ranking/fees")
	String replace(@RequestParam(name = "min", required = false) List<String> min,
			@RequestParam(name = "max", required = false) List<String> max,
			@RequestParam(name = "amount", required = false) List<String> amount,
			@RequestParam(name = "currency", required = false) List<String> currency,
			@RequestParam(name = "year", required = false) List<String> year,
			@RequestParam(name = "illustrative", required = false) List<String> illustrative, Model model,
			RedirectAttributes redirect) {
		int size = min == null ? 0 : min.size();
		List<FeeRow> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(size, MAX_ROWS); i++) {
			rows.add(new FeeRow(at(min, i), at(max, i), at(amount, i), at(currency, i), at(year, i),
					"true".equals(at(illustrative, i))));
		}
		List<FeeBracketTerms> terms = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (size > MAX_ROWS) {
			problems.add("ranking.fees.problem.tooMany");
		}
		for (FeeRow row : rows) {
			if (row.blank()) {
				continue;
			}
			Optional<FeeBracketTerms> parsed = row.terms();
			if (parsed.isEmpty()) {
				problems.add("ranking.fees.problem.row");
			}
			else {
				terms.add(parsed.get());
			}
		}
		if (problems.isEmpty()) {
			problems.addAll(this.fees.replace(terms));
		}
		if (!problems.isEmpty()) {
			model.addAttribute("rows", rows);
			model.addAttribute("problems", problems.stream().distinct().toList());
			return "ranking/fees-edit";
		}
		redirect.addFlashAttribute("message", "ranking.fees.saved");
		return "redirect:/ranking/fees";
	}

	private static String at(List<String> values, int index) {
		return (values == null || index >= values.size() || values.get(index) == null) ? "" : values.get(index).trim();
	}

	/**
	 * A row of the schedule form as typed.
	 */
	record FeeRow(String min, String max, String amount, String currency, String year, boolean illustrative) {

		static FeeRow empty() {
			return new FeeRow("", "", "", "USD", "", true);
		}

		boolean blank() {
			return this.min.isEmpty() && this.max.isEmpty() && this.amount.isEmpty();
		}

		Optional<FeeBracketTerms> terms() {
			Optional<Long> from = ValueCsv.id(this.min);
			Optional<Long> to = this.max.isEmpty() ? Optional.of(-1L) : ValueCsv.id(this.max);
			Optional<BigDecimal> fee = ValueRules.parse(this.amount).filter((a) -> a.signum() >= 0 && a.scale() <= 2);
			boolean currencyOk = this.currency.matches("[A-Za-z]{3}");
			boolean yearOk = this.year.matches("\\d{4}");
			if (from.isEmpty() || to.isEmpty() || fee.isEmpty() || !currencyOk || !yearOk
					|| fee.get().compareTo(new BigDecimal("1e12")) >= 0) {
				return Optional.empty();
			}
			return Optional.of(new FeeBracketTerms(from.get(), to.get() < 0 ? null : to.get(), fee.get(),
					this.currency.toUpperCase(java.util.Locale.ROOT), Integer.parseInt(this.year), this.illustrative));
		}

	}

}
