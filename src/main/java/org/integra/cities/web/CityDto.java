package org.integra.cities.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.integra.cities.CapitalStatus;
import org.integra.cities.City;
import org.integra.cities.NetworkRelation;
import org.integra.cities.Seaport;

/**
 * A city as the API shows it.
 */
record CityDto(long id, String name, String alternativeNames, String country, String admin1, Long population,
		Integer populationYear, String populationSource, BigDecimal latitude, BigDecimal longitude,
		CapitalStatus capitalStatus, Seaport seaport, Long geonamesId, NetworkRelation networkRelation,
		Integer memberSince, long version, Instant createdAt, Instant updatedAt) {

	static CityDto of(City city) {
		return new CityDto(city.getId(), city.getName(), city.getAlternativeNames(), city.getCountry().getCode(),
				city.getAdmin1(), city.getPopulation(), city.getPopulationYear(), city.getPopulationSource(),
				city.getLatitude(), city.getLongitude(), city.getCapitalStatus(), city.getSeaport(),
				city.getGeonamesId(), city.getNetworkRelation(), city.getMemberSince(), city.getVersion(),
				city.getCreatedAt(), city.getUpdatedAt());
	}

}
