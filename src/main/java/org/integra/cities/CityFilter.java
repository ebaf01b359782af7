package org.integra.cities;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What a list, map or API call of cities asks for, already checked.
 *
 * @param q words to find in the name or the alternative names, any accents and case
 * @param country ISO code of the country, or {@code null}
 * @param relation relation to the network, or {@code null}
 * @param capitalOnly only national capitals and seats of government
 * @param seaport port status, or {@code null}
 * @param populationMin smallest population, or {@code null}
 * @param populationMax largest population, or {@code null}
 * @param sort column to sort by
 * @param direction sort direction
 * @param page page number, starting at 1
 * @param size page size
 */
public record CityFilter(String q, String country, NetworkRelation relation, boolean capitalOnly, Seaport seaport,
		Long populationMin, Long populationMax, CitySort sort, Sort.Direction direction, int page, int size) {

	public static final int DEFAULT_SIZE = 25;

	public static CityFilter all() {
		return new CityFilter("", null, null, false, null, null, null, CitySort.NAME, Sort.Direction.ASC, 1,
				DEFAULT_SIZE);
	}

	public Pageable pageable() {
		return PageRequest.of(this.page - 1, this.size, this.sort.toSort(this.direction));
	}

	public CityFilter withPage(int page) {
		return new CityFilter(this.q, this.country, this.relation, this.capitalOnly, this.seaport, this.populationMin,
				this.populationMax, this.sort, this.direction, page, this.size);
	}

	public CityFilter withSort(CitySort sort, Sort.Direction direction) {
		return new CityFilter(this.q, this.country, this.relation, this.capitalOnly, this.seaport, this.populationMin,
				this.populationMax, sort, direction, 1, this.size);
	}

}
