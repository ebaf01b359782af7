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
import java.util.regex.Pattern;

import org.integra.cities.CityRules;

/**
 * Matches GeoNames rows to the cities already stored: by GeoNames id first, else by
 * folded name and country, else by alternative names both ways (the row's name among the
 * city's alternative names, or the city's name among the row's alternate names, as
 * "Cartagena de Indias" for GeoNames' "Cartagena"); the closest within
 * {@link #MAX_DISTANCE_KM}. A city without coordinates matches by name and country only
 * when it is the only one of that name.
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

	private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n,;]+");

	private final Map<Long, ExistingCity> byGeonamesId = new HashMap<>();

	private final Map<String, List<ExistingCity>> byNameAndCountry = new HashMap<>();

	private final Map<String, List<ExistingCity>> byAlternativeNameAndCountry = new HashMap<>();

	private final Set<Long> claimed = new HashSet<>();

	private final String populationSource;

	public GeonamesMatcher(Collection<ExistingCity> cities, String populationSource) {
		this.populationSource = populationSource;
		for (ExistingCity city : cities) {
			if (city.geonamesId() != null) {
				this.byGeonamesId.put(city.geonamesId(), city);
				continue;
			}
			index(this.byNameAndCountry, CityRules.fold(city.name()), city);
			for (String alternative : CityRules.splitAlternativeNames(city.alternativeNames())) {
				index(this.byAlternativeNameAndCountry, CityRules.fold(alternative), city);
			}
		}
	}

	private static void index(Map<String, List<ExistingCity>> index, String foldedName, ExistingCity city) {
		if (!foldedName.isEmpty()) {
			List<ExistingCity> list = index.computeIfAbsent(key(foldedName, city.countryCode()),
					(k) -> new ArrayList<>());
			if (!list.contains(city)) {
				list.add(city);
			}
		}
	}

	/**
	 * Matches all rows, in their order. Rows that match by id or by the city's own name
	 * claim their cities first, so that a place merely known by another city's name does
	 * not take it from the place that bears it.
	 */
	public List<RowMatch> matchAll(List<GeonamesRow> rows) {
		ExistingCity[] found = new ExistingCity[rows.size()];
		MatchedBy[] how = new MatchedBy[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			GeonamesRow row = rows.get(i);
			ExistingCity city = this.byGeonamesId.get(row.geonameId());
			how[i] = MatchedBy.GEONAMES_ID;
			if (city == null) {
				city = closest(row, this.byNameAndCountry, List.of(row.name()));
				how[i] = MatchedBy.NAME;
			}
			claim(found, i, city);
		}
		for (int i = 0; i < rows.size(); i++) {
			if (found[i] == null) {
				GeonamesRow row = rows.get(i);
				ExistingCity city = closest(row, this.byAlternativeNameAndCountry, List.of(row.name()));
				how[i] = MatchedBy.CITY_ALTERNATIVE_NAME;
				if (city == null) {
					city = closest(row, this.byNameAndCountry, row.alternateNames());
					how[i] = MatchedBy.GEONAMES_ALTERNATE_NAME;
				}
				claim(found, i, city);
			}
		}
		List<RowMatch> matches = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			matches.add(result(rows.get(i), found[i], how[i]));
		}
		return matches;
	}

	/** Matches one row on its own. */
	public RowMatch match(GeonamesRow row) {
		return matchAll(List.of(row)).get(0);
	}

	private void claim(ExistingCity[] found, int i, ExistingCity city) {
		if (city != null) {
			found[i] = city;
			this.claimed.add(city.id());
		}
	}

	private RowMatch result(GeonamesRow row, ExistingCity existing, MatchedBy how) {
		String foldedName = CityRules.fold(row.name());
		if (existing == null) {
			return new RowMatch(row, MatchKind.NEW, MatchedBy.NONE, null, List.of(), newValues(row, foldedName));
		}
		return update(row, existing, how,
				existing.name().equals(row.name()) ? foldedName : CityRules.fold(existing.name()));
	}

	/**
	 * The unclaimed city of the row's country known by one of the names, the closest
	 * within {@link #MAX_DISTANCE_KM}; a city without coordinates only when it is the
	 * only one.
	 */
	private ExistingCity closest(GeonamesRow row, Map<String, List<ExistingCity>> index, List<String> names) {
		List<ExistingCity> candidates = new ArrayList<>();
		for (String name : names) {
			List<ExistingCity> known = index.get(key(CityRules.fold(name), row.countryCode()));
			if (known != null) {
				for (ExistingCity city : known) {
					if (!this.claimed.contains(city.id()) && !candidates.contains(city)) {
						candidates.add(city);
					}
				}
			}
		}
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

	private RowMatch update(GeonamesRow row, ExistingCity city, MatchedBy how, String foldedCityName) {
		List<String> changed = new ArrayList<>();
		String alternatives = merge(foldedCityName, city.alternativeNames(), row.name(), row.alternateNames());
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
		// Only a city that changes is written, so only then is its search text needed.
		String searchText = changed.isEmpty() ? null : CityRules.searchTextOfFolded(foldedCityName, alternatives);
		CityValues values = new CityValues(city.name(), alternatives, admin1, population, source, latitude, longitude,
				row.geonameId(), CityRules.nameSearchOfFolded(foldedCityName), searchText);
		return new RowMatch(row, changed.isEmpty() ? MatchKind.UNCHANGED : MatchKind.UPDATED, how, city,
				List.copyOf(changed), values);
	}

	private CityValues newValues(GeonamesRow row, String foldedName) {
		Long population = (row.population() != null && row.population() > 0) ? row.population() : null;
		String alternatives = merge(foldedName, null, row.name(), row.alternateNames());
		return new CityValues(row.name(), alternatives, row.admin1(), population,
				(population != null) ? this.populationSource : null, scale(row.latitude()), scale(row.longitude()),
				row.geonameId(), CityRules.nameSearchOfFolded(foldedName),
				CityRules.searchTextOfFolded(foldedName, alternatives));
	}

	/**
	 * The stored alternative names followed by the new ones, without repeats nor the
	 * city's own name, compared folded (search folds anyway), cut to fit the column.
	 */
	static String mergeNames(String cityName, String stored, String rowName, List<String> rowNames) {
		return merge(CityRules.fold(cityName), stored, rowName, rowNames);
	}

	private static String merge(String foldedCityName, String stored, String rowName, List<String> rowNames) {
		Set<String> seen = new HashSet<>();
		seen.add(foldedCityName);
		Set<String> names = new LinkedHashSet<>();
		List<String> all = new ArrayList<>(CityRules.splitAlternativeNames(stored));
		all.add(rowName);
		all.addAll(rowNames);
		int length = 0;
		for (String name : all) {
			String clean = clean(name);
			String folded = CityRules.fold(clean);
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

	/**
	 * The name without the characters that separate alternative names.
	 */
	private static String clean(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '\r' || c == '\n' || c == ',' || c == ';') {
				return SEPARATORS.matcher(name).replaceAll(" ").strip();
			}
		}
		return name.strip();
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

	private static String key(String foldedName, String country) {
		return country + "|" + foldedName;
	}

	private static BigDecimal scale(BigDecimal value) {
		return (value != null) ? value.setScale(6, RoundingMode.HALF_UP) : null;
	}

}
