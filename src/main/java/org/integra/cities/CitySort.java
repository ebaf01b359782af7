package org.integra.cities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Sort;

/**
 * The columns a list of cities may be sorted by: a whitelist, so that no request can sort
 * by an arbitrary property.
 */
public enum CitySort {

	NAME("nameSearch"), COUNTRY("country.code"), REGION("admin1"), POPULATION("population"),
	RELATION("networkRelation");

	private final String property;

	CitySort(String property) {
		this.property = property;
	}

	/** The parameter value naming this column, e.g. {@code population}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CitySort> fromParam(String value) {
		return Arrays.stream(values()).filter((sort) -> sort.param().equalsIgnoreCase(value)).findFirst();
	}

	/**
	 * The order to query with; ties are broken by name and id so that paging is stable,
	 * and empty values come last in both directions.
	 */
	public Sort toSort(Sort.Direction direction) {
		Sort.Order primary = new Sort.Order(direction, this.property, Sort.NullHandling.NULLS_LAST);
		Sort sort = Sort.by(primary);
		if (this != NAME) {
			sort = sort.and(Sort.by(Sort.Direction.ASC, "nameSearch"));
		}
		return sort.and(Sort.by(Sort.Direction.ASC, "id"));
	}

}
