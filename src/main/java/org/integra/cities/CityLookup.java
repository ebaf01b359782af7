package org.integra.cities;

import java.util.List;

import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a city by name, and recording a new one as a candidate, for other modules that
 * meet cities by name (e.g. the registrations to an event).
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class CityLookup {

	/** Most cities {@link #search} gives. */
	public static final int MAX_RESULTS = 20;

	private final Cities cities;

	CityLookup(Cities cities) {
		this.cities = cities;
	}

	/**
	 * The cities the current user may see whose names hold every word of the text
	 * (accents and case ignored), in the country if one is given, by name.
	 */
	@Transactional(readOnly = true)
	public List<CitySummary> search(String text, String countryCode) {
		String q = (text == null) ? "" : TextInput.withoutNul(text).strip();
		if (q.isEmpty() || q.length() > 200) {
			return List.of();
		}
		CityFilter filter = new CityFilter(q, countryCode, null, false, null, null, null, CitySort.NAME,
				Sort.Direction.ASC, 1, MAX_RESULTS);
		return this.cities.search(filter).map(CitySummary::of).getContent();
	}

	/**
	 * Records a new city, as a candidate of the network.
	 * @throws ValidationFailedException when the name is empty, too long or on several
	 * lines, or the country is unknown
	 */
	@Transactional
	public CitySummary createCandidate(String name, String countryCode) {
		String clean = (name == null) ? "" : TextInput.withoutNul(name).strip();
		if (clean.isEmpty() || clean.length() > 200 || !TextInput.isSingleLine(clean)) {
			throw new ValidationFailedException("name", "cities.city.name.invalid");
		}
		if (countryCode == null || this.cities.countries().stream().noneMatch((c) -> c.getCode().equals(countryCode))) {
			throw new ValidationFailedException("country", "cities.city.country.unknown");
		}
		CityForm form = new CityForm();
		form.setName(clean);
		form.setCountry(countryCode);
		form.setNetworkRelation(NetworkRelation.CANDIDATE);
		return CitySummary.of(this.cities.create(form));
	}

}
