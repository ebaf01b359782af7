package org.integra.cities;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.integra.system.NotFoundException;
import org.integra.system.VisibleCities;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Finds, creates, changes and deletes cities. Searches, the map and a city's page keep to
 * the cities the current user may see ({@link VisibleCities}: a mentor sees only the
 * candidates assigned to their city and their own); the {@link CityCatalog} methods,
 * which other modules use for their own rules, see every city.
 */
@Service
public class Cities implements CityCatalog {

	/** Most cities one map shows. */
	public static final int MAP_LIMIT = 5000;

	private final CityRepository cities;

	private final CountryRepository countries;

	private final EntityManager entityManager;

	private final Clock clock;

	private final ObjectProvider<VisibleCities> visibleCities;

	Cities(CityRepository cities, CountryRepository countries, EntityManager entityManager, Clock clock,
			ObjectProvider<VisibleCities> visibleCities) {
		this.cities = cities;
		this.entityManager = entityManager;
		this.countries = countries;
		this.clock = clock;
		this.visibleCities = visibleCities;
	}

	/**
	 * The ids of the cities the current user may see, or empty when every city: the
	 * intersection of what every {@link VisibleCities} allows.
	 */
	Optional<Set<Long>> restriction() {
		Set<Long> allowed = null;
		for (VisibleCities visible : this.visibleCities.orderedStream().toList()) {
			Optional<Set<Long>> ids = visible.restriction();
			if (ids.isPresent()) {
				if (allowed == null) {
					allowed = new HashSet<>(ids.get());
				}
				else {
					allowed.retainAll(ids.get());
				}
			}
		}
		return Optional.ofNullable(allowed).map(Set::copyOf);
	}

	private Specification<City> visible(Specification<City> spec) {
		return restriction().map((ids) -> spec.and(CitySpecifications.within(ids))).orElse(spec);
	}

	@Transactional(readOnly = true)
	public Page<City> search(CityFilter filter) {
		return this.cities.findAll(visible(CitySpecifications.matching(filter)), filter.pageable());
	}

	/**
	 * The cities with coordinates that match the filter, largest first, at most
	 * {@link #MAP_LIMIT}; read as points, since a map may show thousands.
	 */
	@Transactional(readOnly = true)
	public Page<CityPoint> searchForMap(CityFilter filter) {
		Specification<City> spec = visible(
				CitySpecifications.matching(filter).and(CitySpecifications.withCoordinates()));
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<CityPoint> query = cb.createQuery(CityPoint.class);
		Root<City> city = query.from(City.class);
		query
			.select(cb.construct(CityPoint.class, city.get("id"), city.get("name"), city.get("country").get("code"),
					city.get("networkRelation"), city.get("latitude"), city.get("longitude")))
			.where(spec.toPredicate(city, query, cb))
			.orderBy(cb.desc(cb.coalesce(city.get("population"), -1L)), cb.asc(city.get("id")));
		List<CityPoint> points = this.entityManager.createQuery(query).setMaxResults(MAP_LIMIT).getResultList();
		long total = (points.size() < MAP_LIMIT) ? points.size() : this.cities.count(spec);
		return new PageImpl<>(points, PageRequest.of(0, MAP_LIMIT), total);
	}

	/**
	 * A city the current user may see.
	 * @throws NotFoundException when it does not exist or is outside what the user may
	 * see
	 */
	@Transactional(readOnly = true)
	public City get(long id) {
		if (!restriction().map((ids) -> ids.contains(id)).orElse(true)) {
			throw new NotFoundException("cities.city.notFound", id);
		}
		return load(id);
	}

	private City load(long id) {
		return this.cities.findById(id).orElseThrow(() -> new NotFoundException("cities.city.notFound", id));
	}

	@Transactional(readOnly = true)
	public List<Country> countries() {
		return this.countries.findAllByOrderByCode();
	}

	/** The countries sorted by their names in that language, for the pages' selects. */
	@Transactional(readOnly = true)
	public List<Country> countriesByName(Locale locale) {
		return countries().stream().sorted(Country.byName(locale)).toList();
	}

	@Transactional(readOnly = true)
	public Country country(String code) {
		return this.countries.findById(code).orElseThrow(() -> new NotFoundException("cities.country.notFound", code));
	}

	/**
	 * Adds a country unless its code is taken (then the form's error says so).
	 * @return the country, or {@code null} when the form has errors
	 */
	@Transactional
	public Country createCountry(CountryForm form, Errors errors) {
		String code = (form.getCode() != null) ? form.getCode().toUpperCase(java.util.Locale.ROOT) : null;
		if (code != null && !errors.hasFieldErrors("code") && this.countries.existsById(code)) {
			errors.rejectValue("code", "countries.code.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return this.countries.save(new Country(code, form.toNames(), form.getRegion(), form.getMercosurRelation()));
	}

	/**
	 * Checks the rules that bean validation cannot: the country exists, coordinates come
	 * in pairs, only members have a year of joining, the GeoNames id is not taken.
	 * @param id the city being changed, or {@code null} for a new one
	 */
	@Transactional(readOnly = true)
	public void check(Long id, CityForm form, Errors errors) {
		if (form.getCountry() != null && !errors.hasFieldErrors("country")
				&& !this.countries.existsById(form.getCountry())) {
			errors.rejectValue("country", "cities.city.country.unknown");
		}
		if (!errors.hasFieldErrors("latitude") && !errors.hasFieldErrors("longitude")
				&& !CityRules.isCoordinatePair(form.getLatitude(), form.getLongitude())) {
			errors.rejectValue((form.getLatitude() == null) ? "latitude" : "longitude", "cities.city.coordinates.pair");
		}
		if (!errors.hasFieldErrors("memberSince")
				&& !CityRules.isMemberSinceAllowed(form.getNetworkRelation(), form.getMemberSince())) {
			errors.rejectValue("memberSince", "cities.city.memberSince.notMember");
		}
		Long geonamesId = form.getGeonamesId();
		if (geonamesId != null && !errors.hasFieldErrors("geonamesId")) {
			boolean taken = (id == null) ? this.cities.existsByGeonamesId(geonamesId)
					: this.cities.existsByGeonamesIdAndIdNot(geonamesId, id);
			if (taken) {
				errors.rejectValue("geonamesId", "cities.city.geonamesId.taken");
			}
		}
	}

	@Transactional
	public City create(CityForm form) {
		City city = new City(form.getName(), country(form.getCountry()), this.clock.instant());
		apply(form, city);
		return this.cities.saveAndFlush(city);
	}

	/**
	 * Saves the change unless the city changed since the user loaded it.
	 * @throws ObjectOptimisticLockingFailureException if the form's version is stale
	 */
	@Transactional
	public City update(long id, CityForm form) {
		City city = get(id);
		if (form.getVersion() == null || form.getVersion() != city.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(City.class, id);
		}
		apply(form, city);
		city.touch(this.clock.instant());
		return this.cities.saveAndFlush(city);
	}

	private void apply(CityForm form, City city) {
		city.rename(form.getName().strip(), blankToNull(form.getAlternativeNames()));
		city.locate(country(form.getCountry()), blankToNull(form.getAdmin1()), form.getLatitude(), form.getLongitude());
		city.describePopulation(form.getPopulation(), form.getPopulationYear(),
				blankToNull(form.getPopulationSource()));
		city.classify(form.getCapitalStatus(), form.getSeaport(), form.getGeonamesId());
		city.relate(form.getNetworkRelation(), form.getMemberSince());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CitySummary> find(long id) {
		return this.cities.findById(id).map(CitySummary::of);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, CitySummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.cities.findWithCountryByIdIn(Set.copyOf(ids))
			.stream()
			.map(CitySummary::of)
			.collect(Collectors.toUnmodifiableMap(CitySummary::id, Function.identity()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CitySummary> memberCities() {
		return this.cities.findByNetworkRelationOrderByNameSearch(NetworkRelation.MEMBER)
			.stream()
			.map(CitySummary::of)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CitySummary> nationalCapital(String countryCode) {
		List<City> capitals = this.cities.findByCountryCodeAndCapitalStatus(countryCode, CapitalStatus.NATIONAL);
		return (capitals.size() == 1) ? Optional.of(CitySummary.of(capitals.get(0))) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CitySummary> candidateCities() {
		return this.cities.findByNetworkRelationOrderByNameSearch(NetworkRelation.CANDIDATE)
			.stream()
			.map(CitySummary::of)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CityPoint> points(Collection<Long> ids) {
		return this.cities.findAllById(ids)
			.stream()
			.map((city) -> new CityPoint(city.getId(), city.getName(), city.getCountry().getCode(),
					city.getNetworkRelation(), city.getLatitude(), city.getLongitude()))
			.toList();
	}

	@Override
	@Transactional
	public boolean markCandidate(long cityId) {
		City city = load(cityId);
		if (city.getNetworkRelation() != NetworkRelation.NONE) {
			return false;
		}
		city.relate(NetworkRelation.CANDIDATE, null);
		city.touch(this.clock.instant());
		return true;
	}

}
