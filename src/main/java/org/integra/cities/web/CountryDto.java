package org.integra.cities.web;

import org.integra.cities.Country;
import org.integra.cities.MercosurRelation;
import org.integra.cities.Region;

/**
 * A country as the API shows it.
 */
record CountryDto(String code, String nameEs, String namePt, String nameEn, Region region,
		MercosurRelation mercosurRelation) {

	static CountryDto of(Country country) {
		return new CountryDto(country.getCode(), country.getNames().getEs(), country.getNames().getPt(),
				country.getNames().getEn(), country.getRegion(), country.getMercosurRelation());
	}

}
