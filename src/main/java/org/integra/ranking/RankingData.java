package org.integra.ranking;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;
import org.integra.audit.AuditTrail;
import org.integra.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Criteria values of cities: derived ones computed from data, typed ones entered with
 * their evidence.
 */
@Service
@Transactional(readOnly = true)
public class RankingData {

	private final CriterionRepository criteria;

	private final CriterionValueRepository values;

	private final FeeBracketRepository fees;

	private final ThematicUnitRepository units;

	private final PolicySectorRepository sectors;

	private final CityFacts cities;

	private final Clock clock;

	private final AuditTrail audit;

	RankingData(CriterionRepository criteria, CriterionValueRepository values, FeeBracketRepository fees,
			ThematicUnitRepository units, PolicySectorRepository sectors, CityFacts cities, Clock clock,
			AuditTrail audit) {
		this.sectors = sectors;
		this.audit = audit;
		this.criteria = criteria;
		this.values = values;
		this.fees = fees;
		this.units = units;
		this.cities = cities;
		this.clock = clock;
	}

	public FeeSchedule feeSchedule() {
		return new FeeSchedule(this.fees.findAll().stream().map(FeeBracket::terms).toList());
	}

	public CityFacts.Facts city(long cityId) {
		return this.cities.find(cityId).orElseThrow(() -> new NotFoundException("ranking.city.notFound", cityId));
	}

	/** The thematic units the city's priority sectors map to, by id. */
	public List<Long> priorities(long cityId) {
		return this.cities.priorities(cityId);
	}

	/** The city's priority sectors, by id. */
	public List<Long> sectors(long cityId) {
		return this.cities.sectors(cityId);
	}

	/** Where the city's priority sectors come from, if recorded. */
	public Optional<CityFacts.SectorSource> sectorSource(long cityId) {
		return this.cities.sectorSource(cityId);
	}

	public List<PolicySector> allSectors() {
		return this.sectors.findAllByOrderByCodeAsc();
	}

	/**
	 * Replaces a city's priority sectors and where they come from; unknown sector ids are
	 * ignored. The change goes into the city's history.
	 */
	@Transactional
	public void replaceSectors(long cityId, List<Long> sectorIds, CityFacts.SectorSource source, String user) {
		CityFacts.Facts city = city(cityId);
		List<Long> before = this.cities.sectors(cityId);
		Optional<CityFacts.SectorSource> sourceBefore = this.cities.sectorSource(cityId);
		List<Long> known = sectorIds.stream().filter(this.sectors::existsById).distinct().sorted().toList();
		CityFacts.SectorSource cleaned = (source == null) ? null : new CityFacts.SectorSource(
				blankToNull(source.source()), source.partial(), blankToNull(source.note()));
		if (before.equals(known) && sourceBefore.equals(Optional.ofNullable(cleaned))) {
			return;
		}
		this.cities.replaceSectors(cityId, known, cleaned);
		List<AuditFieldChange> changes = new ArrayList<>();
		if (!before.equals(known)) {
			changes.add(new AuditFieldChange("prioritySectors", sectorCodes(before), sectorCodes(known)));
		}
		String oldSource = sourceBefore.map(CityFacts.SectorSource::source).orElse(null);
		String newSource = (cleaned == null) ? null : cleaned.source();
		if (!java.util.Objects.equals(oldSource, newSource)) {
			changes.add(new AuditFieldChange("prioritySectorsSource", oldSource, newSource));
		}
		if (!changes.isEmpty()) {
			this.audit.record(AuditAction.UPDATE, "City", Long.toString(cityId), city.name(), user,
					this.clock.instant(), changes);
		}
	}

	private String sectorCodes(List<Long> sectorIds) {
		if (sectorIds.isEmpty()) {
			return null;
		}
		return sectorIds.stream()
			.map((id) -> this.sectors.findById(id).map(PolicySector::getCode).orElse(Long.toString(id)))
			.collect(Collectors.joining(", "));
	}

	public CityProfile profile(long cityId) {
		CityFacts.Facts city = city(cityId);
		List<Criterion> active = this.criteria.findByActiveTrueOrderByIdAsc();
		Map<Long, CriterionValue> typed = this.values.findByCityId(cityId)
			.stream()
			.collect(Collectors.toMap(CriterionValue::getCriterionId, Function.identity()));
		List<CityCriterionValue> result = new ArrayList<>();
		for (Criterion criterion : active) {
			if (criterion.isDerived()) {
				result.add(new CityCriterionValue(criterion, derive(criterion, city, typed).orElse(null), null));
			}
			else {
				CriterionValue value = typed.get(criterion.getId());
				result.add(new CityCriterionValue(criterion, value == null ? null : value.getNumericValue(), value));
			}
		}
		return new CityProfile(city, result, CityProfile.completeness(result));
	}

	private Optional<BigDecimal> derive(Criterion criterion, CityFacts.Facts city, Map<Long, CriterionValue> typed) {
		List<Boolean> priorities = (criterion.getDerivation() == Derivation.THEMATIC_OVERLAP) ? coverage(city.id())
				: List.of();
		BigDecimal budget = (criterion.getDerivation() == Derivation.FEE_TO_BUDGET)
				? this.criteria.findByCodeIgnoreCase(Derivations.budgetCode(criterion))
					.map((budgetCriterion) -> typed.get(budgetCriterion.getId()))
					.map(CriterionValue::getNumericValue)
					.orElse(null)
				: null;
		return Derivations.derive(criterion, city.population(), city.seaport(), priorities, budget, feeSchedule());
	}

	/**
	 * Whether each of the city's priority sectors is covered by an active thematic unit.
	 */
	private List<Boolean> coverage(long cityId) {
		java.util.Set<Long> active = this.units.findAll()
			.stream()
			.filter(ThematicUnit::isActive)
			.map(ThematicUnit::getId)
			.collect(Collectors.toSet());
		List<java.util.Set<Long>> unitsPerSector = this.cities.sectors(cityId)
			.stream()
			.map((id) -> this.sectors.findById(id).map(PolicySector::getUnitIds).orElse(java.util.Set.of()))
			.toList();
		return Derivations.coverage(unitsPerSector, active);
	}

	/**
	 * The message key of what is wrong with a typed value, or empty when it may be
	 * stored.
	 */
	public Optional<String> check(Criterion criterion, ValueEntry entry) {
		if (criterion.isDerived()) {
			return Optional.of("ranking.value.problem.derived");
		}
		Optional<BigDecimal> number = ValueRules.parse(entry.value());
		if (number.isEmpty()) {
			return Optional.of("ranking.value.problem.notNumber");
		}
		Optional<String> problem = ValueRules.problem(criterion.getKind(), criterion.getDerivation(), number.get(),
				criterion.levelOrdinals());
		if (problem.isPresent()) {
			return problem;
		}
		if (entry.source() == null || entry.source().isBlank()) {
			return Optional.of("ranking.value.problem.source");
		}
		if (entry.source().length() > 2000 || (entry.note() != null && entry.note().length() > 4000)) {
			return Optional.of("ranking.value.problem.tooLong");
		}
		return Optional.empty();
	}

	/**
	 * Stores a typed value after {@link #check}; the caller has checked it.
	 */
	@Transactional
	public CriterionValue enter(long cityId, Criterion criterion, ValueEntry entry, String user) {
		city(cityId);
		Optional<String> problem = check(criterion, entry);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
		CriterionValue value = this.values.findByCityIdAndCriterionId(cityId, criterion.getId())
			.orElseGet(() -> new CriterionValue(cityId, criterion.getId()));
		value.record(ValueRules.parse(entry.value()).orElseThrow(), entry.source().trim(), entry.evidenceDate(),
				blankToNull(entry.note()), user, this.clock.instant());
		return this.values.save(value);
	}

	@Transactional
	public void remove(long cityId, long criterionId) {
		this.values.findByCityIdAndCriterionId(cityId, criterionId).ifPresent(this.values::delete);
	}

	public List<Criterion> activeCriteria() {
		return this.criteria.findByActiveTrueOrderByIdAsc();
	}

	public Criterion criterion(long id) {
		return this.criteria.findById(id).orElseThrow(() -> new NotFoundException("ranking.criterion.notFound", id));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
