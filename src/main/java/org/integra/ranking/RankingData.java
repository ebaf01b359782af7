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

	private final CityFacts cities;

	private final Clock clock;

	private final AuditTrail audit;

	RankingData(CriterionRepository criteria, CriterionValueRepository values, FeeBracketRepository fees,
			ThematicUnitRepository units, CityFacts cities, Clock clock, AuditTrail audit) {
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

	public List<Long> priorities(long cityId) {
		return this.cities.priorities(cityId);
	}

	/**
	 * Replaces a city's priority sectors; the change goes into the city's history.
	 */
	@Transactional
	public void replacePriorities(long cityId, List<Long> unitIds, String user) {
		CityFacts.Facts city = city(cityId);
		List<Long> before = this.cities.priorities(cityId);
		List<Long> known = unitIds.stream().filter(this.units::existsById).distinct().sorted().toList();
		if (before.equals(known)) {
			return;
		}
		this.cities.replacePriorities(cityId, known);
		this.audit.record(AuditAction.UPDATE, "City", Long.toString(cityId), city.name(), user, this.clock.instant(),
				List.of(new AuditFieldChange("priorities", unitCodes(before), unitCodes(known))));
	}

	private String unitCodes(List<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return null;
		}
		return unitIds.stream()
			.map((id) -> this.units.findById(id).map(ThematicUnit::getCode).orElse(Long.toString(id)))
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
		List<Boolean> priorities = (criterion.getDerivation() == Derivation.THEMATIC_OVERLAP)
				? this.cities.priorities(city.id())
					.stream()
					.map((id) -> this.units.findById(id).map(ThematicUnit::isActive).orElse(false))
					.toList()
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
