package org.integra.outreach;

import java.util.List;
import java.util.Set;

import org.integra.outreach.MentorSuggestions.Place;
import org.integra.outreach.MentorSuggestions.Suggestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MentorSuggestionsTests {

	static final Place CUSCO = new Place(1, "Cusco", "PE", -13.5183, -71.9781, Set.of(100L, 101L));

	static final Place LIMA = new Place(2, "Lima", "PE", -12.05, -77.0333, Set.of());

	static final Place PUNO = new Place(3, "Puno", "PE", -15.8433, -70.0236, Set.of());

	static final Place LA_PAZ = new Place(4, "La Paz", "BO", -16.4942, -68.1475, Set.of(100L, 101L));

	static final Place CUENCA = new Place(5, "Cuenca", "EC", -2.8974, -79.0045, Set.of(101L));

	static final Place MEDELLIN = new Place(6, "Medellín", "CO", 6.2447, -75.5748, Set.of());

	static final Place NOWHERE = new Place(7, "Sin coordenadas", "UY", null, null, Set.of(101L));

	@Test
	void sameCountryFirstThenSharedPrioritiesThenDistance() {
		List<Suggestion> ranked = MentorSuggestions.rank(CUSCO, List.of(MEDELLIN, LA_PAZ, CUENCA, LIMA, PUNO, NOWHERE),
				Set.of());
		assertThat(ranked).extracting(Suggestion::name)
			.containsExactly("Puno", "Lima", "La Paz", "Cuenca", "Sin coordenadas", "Medellín");
		assertThat(ranked.get(0).sameCountry()).isTrue();
		assertThat(ranked.get(2).sharedPriorities()).containsExactly(100L, 101L);
		assertThat(ranked.get(4).distanceKm()).as("no coordinates").isNull();
	}

	@Test
	void marksTheAssignedOnesAndLeavesOutTheCandidateItself() {
		List<Suggestion> ranked = MentorSuggestions.rank(CUSCO, List.of(CUSCO, LIMA, PUNO), Set.of(2L));
		assertThat(ranked).extracting(Suggestion::cityId).containsExactly(3L, 2L);
		assertThat(ranked).extracting(Suggestion::assigned).containsExactly(false, true);
	}

	@Test
	void distanceIsGreatCircleInKilometres() {
		assertThat(MentorSuggestions.distanceKm(-13.5183, -71.9781, -15.8433, -70.0236)).isCloseTo(330, within(15.0));
		assertThat(MentorSuggestions.distanceKm(-12.05, -77.0333, -12.05, -77.0333)).isZero();
		// Lima to Montevideo is about 3,200 km
		assertThat(MentorSuggestions.distanceKm(-12.05, -77.0333, -34.8667, -56.1667)).isCloseTo(3200, within(150.0));
	}

}
