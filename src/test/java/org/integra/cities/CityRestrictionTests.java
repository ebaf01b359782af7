package org.integra.cities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.integra.system.VisibleCities;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which cities the cities module shows: everything unless a {@link VisibleCities}
 * restricts it, and only what every restriction allows.
 */
class CityRestrictionTests {

	private static Cities citiesSeeing(VisibleCities... visible) {
		Map<String, Object> beans = new LinkedHashMap<>();
		for (int i = 0; i < visible.length; i++) {
			beans.put("visible" + i, visible[i]);
		}
		StaticListableBeanFactory factory = new StaticListableBeanFactory(beans);
		return new Cities(null, null, null, null, factory.getBeanProvider(VisibleCities.class));
	}

	@Test
	void withoutAnyVisibleCitiesEveryCityIsShown() {
		assertThat(citiesSeeing().restriction()).isEmpty();
	}

	@Test
	void anUnrestrictedUserSeesEverything() {
		assertThat(citiesSeeing(Optional::empty).restriction()).isEmpty();
	}

	@Test
	void aRestrictionKeepsOnlyItsCities() {
		assertThat(citiesSeeing(() -> Optional.of(Set.of(1L, 2L))).restriction()).contains(Set.of(1L, 2L));
		assertThat(citiesSeeing(() -> Optional.of(Set.of())).restriction()).contains(Set.of());
	}

	@Test
	void severalRestrictionsKeepWhatAllAllow() {
		assertThat(citiesSeeing(() -> Optional.of(Set.of(1L, 2L, 3L)), Optional::empty,
				() -> Optional.of(Set.of(2L, 3L, 4L)))
			.restriction()).contains(Set.of(2L, 3L));
	}

}
