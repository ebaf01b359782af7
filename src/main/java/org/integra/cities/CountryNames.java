package org.integra.cities;

import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The names of the countries on record, for other modules to write them out. */
@NamedInterface(name = "api", propagate = false)
@Service
@Transactional(readOnly = true)
public class CountryNames {

	private final CountryRepository countries;

	CountryNames(CountryRepository countries) {
		this.countries = countries;
	}

	/**
	 * The country's name in that language, in Spanish when it has none in that language.
	 * @param code the ISO 3166 alpha-2 code
	 * @return the name, empty when no country has that code
	 */
	public Optional<String> name(String code, Locale locale) {
		return this.countries.findById(code).map((country) -> country.name(locale));
	}

}
