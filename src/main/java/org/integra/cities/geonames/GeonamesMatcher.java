package org.integra.cities.geonames;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.integra.cities.CityRules;
import org.integra.system.SearchText;

/**
 * Matches GeoNames rows to the cities already stored: by GeoNames id first, else by
 * folded name and country, the closest within {@link #MAX_DISTANCE_KM}. A city without
 * coordinates matches by name and country only when it is the only one of that name.
 * <p>
 * An update only fills what the network does not know yet, because the stored data is
 * curated: the name is kept (the GeoNames name joins the alternative names when it
 * differs), coordinates and admin1 are set only when missing, the population only when
 * missing or itself from GeoNames. Alternative names are merged and the GeoNames id set.
 */
public final class GeonamesMatcher {

	/** Beyond this distance a city of the same name is another city. */
	public static final double MAX_DISTANCE_KM = 50;

	/** The alternative_names column's size. */
	static final int ALTERNATIVE_NAMES_LENGTH = 4000;

	private static final String GEONAMES_SOURCE = "GeoNames";

	private final Map<Long, ExistingCity> byGeonamesId = new HashMap<>();

	private final Map<String, List<ExistingCity>> byNameAndCountry = new HashMap<>();

	private final Set<Long> claimed = new HashSet<>();

	private final String populationSource;

	public GeonamesMatcher(Collection<ExistingCity> cities, String populationSource) {
		this.populationSource = populationSource;
		for (ExistingCity city : cities) {
			if (city.geonamesId() != null) {
				this.byGeonamesId.put(city.geonamesId(), city);
			}
			else {
				this.byNameAndCountry.computeIfAbsent(key(city.name(), city.countryCode()), (k) -> new ArrayList<>())
					.add(city);
			}
		}
	}

	public RowMatch match(GeonamesRow row) {
		ExistingCity existing = this.byGeonamesId.get(row.geonameId());
		if (existing == null) {
			existing = byName(row);
		}
		if (existing == null) {
			return new RowMatch(row, MatchKind.NEW, null, List.of(), newValues(row));
		}
		this.claimed.add(existing.id());
		return update(row, existing);
	}

	private ExistingCity byName(GeonamesRow row) {
		List<ExistingCity> candidates = this.byNameAndCountry
			.getOrDefault(key(row.name(), row.countryCode()), List.of())
			.stream()
			.filter((city) -> !this.claimed.contains(city.id()))
			.toList();
		ExistingCity closest = null;
		double closestKm = Double.MAX_VALUE;
		for (ExistingCity city : candidates) {
			if (city.hasCoordinates()) {
				double km = distanceKm(row.latitude(), row.longitude(), city.latitude(), city.longitude());
				if (km <= MAX_DISTANCE_KM && km < closestKm) {
					closest = city;
					closestKm = km;
				}
			}
		}
		if (closest == null && candidates.size() == 1 && !candidates.get(0).hasCoordinates()) {
			return candidates.get(0);
		}
		return closest;
	}

	private RowMatch update(GeonamesRow row, ExistingCity city) {
		List<String> changed = new ArrayList<>();
		String alternatives = mergeNames(city.name(), city.alternativeNames(), row.name(), row.alternateNames());
		if (!Objects.equals(alternatives, city.alternativeNames())) {
			changed.add("alternativeNames");
		}
		BigDecimal latitude = city.latitude();
		BigDecimal longitude = city.longitude();
		if (!city.hasCoordinates()) {
			latitude = scale(row.latitude());
			longitude = scale(row.longitude());
			changed.add("coordinates");
		}
		String admin1 = city.admin1();
		if (admin1 == null && row.admin1() != null) {
			admin1 = row.admin1();
			changed.add("admin1");
		}
		Long population = city.population();
		String source = city.populationSource();
		boolean fromGeonames = city.population() == null || (source != null && source.startsWith(GEONAMES_SOURCE));
		if (fromGeonames && row.population() != null && row.population() > 0
				&& !row.population().equals(city.population())) {
			population = row.population();
			source = this.populationSource;
			changed.add("population");
		}
		if (city.geonamesId() == null) {
			changed.add("geonamesId");
		}
		CityValues values = new CityValues(city.name(), alternatives, admin1, population, source, latitude, longitude,
				row.geonameId());
		return new RowMatch(row, changed.isEmpty() ? MatchKind.UNCHANGED : MatchKind.UPDATED, city,
				List.copyOf(changed), values);
	}

	private CityValues newValues(GeonamesRow row) {
		Long population = (row.population() != null && row.population() > 0) ? row.population() : null;
		return new CityValues(row.name(), mergeNames(row.name(), null, row.name(), row.alternateNames()), row.admin1(),
				population, (population != null) ? this.populationSource : null, scale(row.latitude()),
				scale(row.longitude()), row.geonameId());
	}

	/**
	 * The stored alternative names followed by the new ones, without repeats nor the
	 * city's own name, compared folded (search folds anyway), cut to fit the column.
	 */
	static String mergeNames(String cityName, String stored, String rowName, List<String> rowNames) {
		Set<String> seen = new HashSet<>();
		seen.add(SearchText.normalize(cityName));
		Set<String> names = new LinkedHashSet<>();
		List<String> all = new ArrayList<>(CityRules.splitAlternativeNames(stored));
		all.add(rowName);
		all.addAll(rowNames);
		int length = 0;
		for (String name : all) {
			String clean = name.replaceAll("[\\r\\n,;]+", " ").strip();
			String folded = SearchText.normalize(clean);
			if (folded.isEmpty() || !seen.add(folded)) {
				continue;
			}
			int added = clean.length() + (names.isEmpty() ? 0 : 2);
			if (length + added > ALTERNATIVE_NAMES_LENGTH) {
				break;
			}
			names.add(clean);
			length += added;
		}
		return names.isEmpty() ? null : String.join(", ", names);
	}

	static double distanceKm(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
		double p1 = Math.toRadians(lat1.doubleValue());
		double p2 = Math.toRadians(lat2.doubleValue());
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
		double a = Math.sin(dp / 2) * Math.sin(dp / 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	private static String key(String name, String country) {
		return country + "|" + SearchText.normalize(name);
	}

	private static BigDecimal scale(BigDecimal value) {
		return (value != null) ? value.setScale(6, RoundingMode.HALF_UP) : null;
	}

}
