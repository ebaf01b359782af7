package org.integra.cities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The countries Integra holds, for other modules (the directory's selects and checks, a
 * page's country filter), as summaries rather than the entity.
 */
@NamedInterface(name = "api", propagate = false)
@Service
@Transactional(readOnly = true)
public class CountryCatalog {

	private final CountryRepository countries;

	CountryCatalog(CountryRepository countries) {
		this.countries = countries;
	}

	/** Every country, sorted by code. */
	public List<CountrySummary> all() {
		return this.countries.findAllByOrderByCode().stream().map(CountrySummary::of).toList();
	}

	/** Every country, sorted by its name in that language. */
	public List<CountrySummary> byName(Locale locale) {
		return all().stream().sorted(CountrySummary.byName(locale)).toList();
	}

	public Optional<CountrySummary> find(String code) {
		return (code == null) ? Optional.empty() : this.countries.findById(code).map(CountrySummary::of);
	}

	public boolean exists(String code) {
		return code != null && this.countries.existsById(code);
	}

	/** The codes of the countries on record. */
	public Set<String> codes() {
		return this.countries.findAll().stream().map(Country::getCode).collect(Collectors.toSet());
	}

}
