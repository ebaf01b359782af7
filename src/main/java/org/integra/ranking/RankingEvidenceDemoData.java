package org.integra.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.integra.cities.CityFiguresReader;
import org.integra.system.DemoCsv;
import org.integra.system.DemoSeeds;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the plan's candidate cities the criterion values that
 * {@code demo/candidate-evidence.csv} supports, by the rubric of {@link EvidenceRubric},
 * each with its source: the municipal budget in USD, the internationalisation level and
 * the priority sectors. A city without a fact keeps the criterion empty.
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(5)
class RankingEvidenceDemoData implements ApplicationRunner {

	static final String RESOURCE = "demo/candidate-evidence.csv";

	static final String USER = "system";

	private final DemoSeeds seeds;

	private final RankingData data;

	private final CriterionRepository criteria;

	private final PolicySectorRepository sectors;

	private final CityFiguresReader cities;

	RankingEvidenceDemoData(DemoSeeds seeds, RankingData data, CriterionRepository criteria,
			PolicySectorRepository sectors, CityFiguresReader cities) {
		this.seeds = seeds;
		this.data = data;
		this.criteria = criteria;
		this.sectors = sectors;
		this.cities = cities;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce("ranking-evidence", this::load);
	}

	private void load() {
		Map<String, List<EvidenceRubric.Fact>> byCity = new LinkedHashMap<>();
		EvidenceRubric.Fact rate = null;
		for (Map<String, String> row : rows()) {
			EvidenceRubric.Fact fact = new EvidenceRubric.Fact(row.get("fact"), row.get("value"), row.get("unit"),
					row.get("year"), row.get("source_url"), row.get("note"));
			if (fact.kind().equals("EXCHANGE_RATE")) {
				rate = fact;
			}
			else {
				byCity.computeIfAbsent(row.get("city") + "|" + row.get("country_iso2"), (key) -> new ArrayList<>())
					.add(fact);
			}
		}
		Optional<Criterion> budget = this.criteria.findByCodeIgnoreCase("MUNICIPAL_BUDGET");
		Optional<Criterion> internationalisation = this.criteria.findByCodeIgnoreCase("INTERNATIONALISATION");
		for (Map.Entry<String, List<EvidenceRubric.Fact>> entry : byCity.entrySet()) {
			String[] key = entry.getKey().split("\\|");
			Optional<Long> city = cityId(key[0], key[1]);
			if (city.isEmpty()) {
				continue;
			}
			List<EvidenceRubric.Fact> facts = entry.getValue();
			if (budget.isPresent()) {
				enterBudget(city.get(), budget.get(), facts, rate);
			}
			internationalisation.ifPresent((criterion) -> enterInternationalisation(city.get(), criterion, facts));
			enterSectors(city.get(), facts);
		}
	}

	private void enterBudget(long city, Criterion criterion, List<EvidenceRubric.Fact> facts,
			EvidenceRubric.Fact rate) {
		facts.stream().filter((fact) -> fact.kind().equals("MUNICIPAL_BUDGET")).findFirst().ifPresent((fact) -> {
			BigDecimal copPerUsd = (rate == null) ? null : new BigDecimal(rate.value());
			EvidenceRubric.budgetInUsd(new BigDecimal(fact.value()), fact.unit(), copPerUsd).ifPresent((usd) -> {
				String note = "Presupuesto aprobado " + fact.year() + ": " + fact.value() + " " + fact.unit()
						+ (fact.unit().equals("COP") ? "; en USD al promedio 2017 de COP " + rate.value() + " por USD ("
								+ rate.sourceUrl() + ")" : "")
						+ ((fact.note() == null || fact.note().isBlank()) ? "" : ". " + fact.note());
				this.data.enter(city, criterion,
						new ValueEntry(usd.toPlainString(), fact.sourceUrl(), null, limit(note, 4000)), USER);
			});
		});
	}

	private void enterInternationalisation(long city, Criterion criterion, List<EvidenceRubric.Fact> facts) {
		OptionalInt level = EvidenceRubric.internationalisation(facts);
		if (level.isEmpty()) {
			return;
		}
		List<EvidenceRubric.Fact> used = facts.stream()
			.filter((fact) -> EvidenceRubric.countsAsOffice(fact) || fact.kind().equals("NETWORK")
					|| (level.getAsInt() == 1 && fact.kind().equals("PROGRAMME")))
			.toList();
		String sources = used.stream()
			.map(EvidenceRubric.Fact::sourceUrl)
			.collect(Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.collect(Collectors.joining(" ; "));
		String note = used.stream()
			.map((fact) -> label(fact.kind()) + ": " + fact.value() + " (" + fact.year() + ")")
			.collect(Collectors.joining("; "));
		this.data.enter(city, criterion, new ValueEntry(Integer.toString(level.getAsInt()), limit(sources, 2000), null,
				limit("Rúbrica de los datos de demostración. " + note, 4000)), USER);
	}

	private void enterSectors(long city, List<EvidenceRubric.Fact> facts) {
		facts.stream().filter((fact) -> fact.kind().equals("DEVELOPMENT_PLAN")).findFirst().ifPresent((fact) -> {
			EvidenceRubric.sectors(fact.note()).ifPresent((listed) -> {
				List<Long> ids = listed.codes()
					.stream()
					.map(this.sectors::findByCodeIgnoreCase)
					.flatMap(Optional::stream)
					.map(PolicySector::getId)
					.toList();
				this.data.replaceSectors(city, ids, new CityFacts.SectorSource(fact.sourceUrl(), listed.partial(),
						limit(fact.value() + " (" + fact.year() + ")", 4000)), USER);
			});
		});
	}

	private static String label(String kind) {
		return switch (kind) {
			case "INTERNATIONAL_OFFICE" -> "Oficina";
			case "NETWORK" -> "Red";
			case "PROGRAMME" -> "Programa";
			default -> kind;
		};
	}

	private Optional<Long> cityId(String name, String countryCode) {
		return this.cities.idsNamed(name, countryCode).stream().findFirst();
	}

	private static List<Map<String, String>> rows() {
		return DemoCsv.rows(RESOURCE);
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
