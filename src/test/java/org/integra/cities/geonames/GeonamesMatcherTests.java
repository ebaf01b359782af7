package org.integra.cities.geonames;

import java.math.BigDecimal;
import java.util.List;

import org.integra.cities.CityRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeonamesMatcherTests {

	private static final String SOURCE = "GeoNames cities15000.txt, 2024-05-02";

	private static GeonamesRow row(long id, String name, String country, double lat, double lon, Long population) {
		return new GeonamesRow(1, id, name, List.of("Alt " + name), BigDecimal.valueOf(lat), BigDecimal.valueOf(lon),
				"PPL", country, "07", population, "2024-05-02");
	}

	private static ExistingCity city(long id, String name, String country, Double lat, Double lon, Long geonamesId) {
		return new ExistingCity(id, name, country, (lat != null) ? BigDecimal.valueOf(lat) : null,
				(lon != null) ? BigDecimal.valueOf(lon) : null, geonamesId, null, null, null, null);
	}

	@Test
	void matchesByGeonamesIdFirstWhateverTheName() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "Ciudad de Panamá", "PA", 8.99, -79.52, 3703443L),
				city(2, "Panama City", "PA", 8.99, -79.52, null)), SOURCE);
		RowMatch match = matcher.match(row(3703443, "Panama City", "PA", 8.99, -79.52, 408168L));
		assertThat(match.existing().id()).isEqualTo(1);
		assertThat(match.kind()).isEqualTo(MatchKind.UPDATED);
		assertThat(match.values().name()).isEqualTo("Ciudad de Panamá");
		assertThat(match.values().alternativeNames()).contains("Panama City");
	}

	@Test
	void matchesByNameAndCountryTheClosestCity() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "San José", "PE", -6.77, -79.97, null),
				city(2, "San José", "PE", -12.0, -77.0, null), city(3, "San José", "CO", -12.0, -77.0, null)), SOURCE);
		RowMatch match = matcher.match(row(10, "San Jose", "PE", -12.05, -77.03, 5000L));
		assertThat(match.existing().id()).isEqualTo(2);
		assertThat(match.changedFields()).contains("geonamesId", "population", "admin1");
		assertThat(match.values().populationSource()).isEqualTo(SOURCE);
	}

	@Test
	void aCityOfTheSameNameTooFarAwayIsANewCity() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "Santa Ana", "BO", -13.75, -65.43, null)),
				SOURCE);
		RowMatch match = matcher.match(row(11, "Santa Ana", "BO", -17.0, -63.0, 100L));
		assertThat(match.kind()).isEqualTo(MatchKind.NEW);
		assertThat(match.existing()).isNull();
		assertThat(GeonamesMatcher.distanceKm(BigDecimal.valueOf(-13.75), BigDecimal.valueOf(-65.43),
				BigDecimal.valueOf(-17.0), BigDecimal.valueOf(-63.0)))
			.isGreaterThan(GeonamesMatcher.MAX_DISTANCE_KM);
	}

	@Test
	void aCityWithoutCoordinatesMatchesOnlyWhenItsNameIsUnique() {
		GeonamesMatcher unique = new GeonamesMatcher(List.of(city(1, "Ibagué", "CO", null, null, null)), SOURCE);
		RowMatch match = unique.match(row(12, "IBAGUE", "CO", 4.44, -75.23, 500000L));
		assertThat(match.existing().id()).isEqualTo(1);
		assertThat(match.changedFields()).contains("coordinates");
		assertThat(match.values().latitude()).isEqualByComparingTo("4.44");
		GeonamesMatcher twice = new GeonamesMatcher(
				List.of(city(1, "Ibagué", "CO", null, null, null), city(2, "Ibague", "CO", null, null, null)), SOURCE);
		assertThat(twice.match(row(12, "Ibagué", "CO", 4.44, -75.23, 500000L)).kind()).isEqualTo(MatchKind.NEW);
	}

	@Test
	void accentsAndCaseDoNotMatterForTheName() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "Potosí", "BO", -19.58, -65.75, null)), SOURCE);
		RowMatch match = matcher.match(row(13, "POTOSI", "BO", -19.58, -65.75, null));
		assertThat(match.existing().id()).isEqualTo(1);
		assertThat(match.values().name()).isEqualTo("Potosí");
	}

	@Test
	void aRowMatchesACityOnlyOnce() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "Colón", "PA", 9.35, -79.9, null)), SOURCE);
		assertThat(matcher.match(row(14, "Colón", "PA", 9.35, -79.9, null)).existing().id()).isEqualTo(1);
		assertThat(matcher.match(row(15, "Colón", "PA", 9.36, -79.9, null)).kind()).isEqualTo(MatchKind.NEW);
	}

	@Test
	void keepsCuratedDataAndIsUnchangedWhenNothingIsNew() {
		ExistingCity curated = new ExistingCity(1, "Cuenca", "EC", new BigDecimal("-2.900000"),
				new BigDecimal("-79.000000"), 3658666L, "Alt Cuenca", 636996L, "INEC 2022", "07");
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(curated), SOURCE);
		RowMatch match = matcher.match(row(3658666, "Cuenca", "EC", -2.9, -79.0, 329928L));
		assertThat(match.kind()).isEqualTo(MatchKind.UNCHANGED);
		assertThat(match.values().population()).isEqualTo(636996L);
	}

	@Test
	void mergesAlternativeNamesWithoutRepeatsAndWithinTheColumn() {
		assertThat(GeonamesMatcher.mergeNames("Bogotá", "Santafé de Bogotá", "Bogota",
				List.of("Santafe de Bogota", "Bogotá D.C.", "BOGOTA")))
			.isEqualTo("Santafé de Bogotá, Bogotá D.C.");
		List<String> many = java.util.stream.IntStream.range(0, 1000).mapToObj((i) -> "Nombre largo " + i).toList();
		assertThat(GeonamesMatcher.mergeNames("X", null, "X", many)).hasSizeLessThanOrEqualTo(4000);
	}

	@Test
	void aNewCityTakesTheRowsValues() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(), SOURCE);
		RowMatch match = matcher.match(row(16, "Tumbes", "PE", -3.56, -80.45, 0L));
		assertThat(match.kind()).isEqualTo(MatchKind.NEW);
		assertThat(match.values().population()).isNull();
		assertThat(match.values().populationSource()).isNull();
		assertThat(match.values().alternativeNames()).isEqualTo("Alt Tumbes");
	}

	@Test
	void foldsTheSearchColumnsAsACityDoes() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "Ciudad de Panamá", "PA", 8.99, -79.52, null)),
				SOURCE);
		RowMatch created = matcher
			.match(new GeonamesRow(1, 17, "São João d'Aliança", List.of("SAO JOAO", "Sâo; João", "Ελληνικά", "Şanlı"),
					BigDecimal.ONE, BigDecimal.ONE, "PPL", "BR", null, 10L, "2024-05-02"));
		RowMatch updated = matcher.match(row(18, "Ciudad de Panama", "PA", 8.99, -79.52, 10L));
		for (RowMatch match : List.of(created, updated)) {
			CityValues v = match.values();
			assertThat(v.nameSearch()).isEqualTo(CityRules.nameSearch(v.name()));
			assertThat(v.searchText()).isEqualTo(CityRules.searchText(v.name(), v.alternativeNames()));
		}
		assertThat(updated.kind()).isEqualTo(MatchKind.UPDATED);
		assertThat(created.values().searchText()).contains("sao joao").contains("ελληνικα");
	}

	private static GeonamesRow row(long id, String name, List<String> alternates, String country, double lat,
			double lon) {
		return new GeonamesRow(1, id, name, alternates, BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), "PPL",
				country, "07", 1000L, "2024-05-02");
	}

	private static ExistingCity city(long id, String name, String alternatives, String country, double lat,
			double lon) {
		return new ExistingCity(id, name, country, BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), null, alternatives,
				null, null, null);
	}

	@Test
	void matchesTheCuratedNameAmongTheAlternateNamesOfGeonames() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "Cartagena de Indias", null, "CO", 10.39, -75.51),
				city(2, "Ciudad de Panamá", null, "PA", 8.99, -79.52)), SOURCE);
		List<RowMatch> matches = matcher.matchAll(List.of(
				row(3687238, "Cartagena", List.of("Cartagena de Indias", "Kartachena"), "CO", 10.3997, -75.5144),
				row(3703443, "Panamá", List.of("Ciudad de Panama", "Panama City"), "PA", 8.9936, -79.5197)));
		assertThat(matches).extracting((m) -> m.existing().id()).containsExactly(1L, 2L);
		assertThat(matches).extracting(RowMatch::matchedBy).containsOnly(MatchedBy.GEONAMES_ALTERNATE_NAME);
		assertThat(matches.get(0).values().name()).isEqualTo("Cartagena de Indias");
		assertThat(matches.get(0).values().alternativeNames()).startsWith("Cartagena");
	}

	@Test
	void matchesTheGeonamesNameAmongTheAlternativeNamesOfTheCity() {
		GeonamesMatcher matcher = new GeonamesMatcher(
				List.of(city(1, "Cartagena de Indias", "La Heroica, Cartagena", "CO", 10.39, -75.51)), SOURCE);
		RowMatch match = matcher.match(row(3687238, "Cartagena", List.of(), "CO", 10.3997, -75.5144));
		assertThat(match.existing().id()).isEqualTo(1);
		assertThat(match.matchedBy()).isEqualTo(MatchedBy.CITY_ALTERNATIVE_NAME);
	}

	@Test
	void thePlaceThatBearsTheNameWinsOverOneThatIsAlsoCalledSo() {
		GeonamesMatcher matcher = new GeonamesMatcher(List.of(city(1, "Panamá", null, "PA", 8.99, -79.52)), SOURCE);
		List<RowMatch> matches = matcher
			.matchAll(List.of(row(1, "San Miguelito", List.of("Panamá"), "PA", 9.03, -79.50),
					row(3703443, "Panamá", List.of(), "PA", 8.9936, -79.5197)));
		assertThat(matches.get(0).kind()).isEqualTo(MatchKind.NEW);
		assertThat(matches.get(0).matchedBy()).isEqualTo(MatchedBy.NONE);
		assertThat(matches.get(1).existing().id()).isEqualTo(1);
		assertThat(matches.get(1).matchedBy()).isEqualTo(MatchedBy.NAME);
	}

	@Test
	void anAlternativeNameDoesNotMatchACityOfAnotherCountryOrTooFarAway() {
		GeonamesMatcher matcher = new GeonamesMatcher(
				List.of(city(1, "Cartagena de Indias", null, "CO", 10.39, -75.51)), SOURCE);
		assertThat(matcher.matchAll(List.of(row(2, "Cartagena", List.of("Cartagena de Indias"), "ES", 37.6, -0.98),
				row(3, "Cartagena", List.of("Cartagena de Indias"), "CO", 1.0, -75.0))))
			.extracting(RowMatch::kind)
			.containsOnly(MatchKind.NEW);
	}

}
