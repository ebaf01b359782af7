package org.integra.cities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.integra.system.SearchText;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link CityFilter} into a query. Each word of the search text must occur in the
 * folded name or alternative names.
 */
final class CitySpecifications {

	private CitySpecifications() {
	}

	static Specification<City> matching(CityFilter filter) {
		return (root, query, cb) -> {
			if (query != null && query.getResultType() == City.class) {
				root.fetch("country", JoinType.INNER);
			}
			List<Predicate> predicates = new ArrayList<>();
			for (String word : SearchText.normalize(filter.q()).split(" ")) {
				if (!word.isEmpty()) {
					predicates.add(cb.like(root.get("searchText"), "%" + word + "%"));
				}
			}
			if (filter.country() != null) {
				predicates.add(cb.equal(root.get("country").get("code"), filter.country()));
			}
			if (filter.relation() != null) {
				predicates.add(cb.equal(root.get("networkRelation"), filter.relation()));
			}
			if (filter.capitalOnly()) {
				predicates.add(cb.notEqual(root.get("capitalStatus"), CapitalStatus.NONE));
			}
			if (filter.seaport() != null) {
				predicates.add(cb.equal(root.get("seaport"), filter.seaport()));
			}
			if (filter.populationMin() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("population"), filter.populationMin()));
			}
			if (filter.populationMax() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("population"), filter.populationMax()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** Only the cities with these ids; none when there are none. */
	static Specification<City> within(Set<Long> ids) {
		return (root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
	}

	static Specification<City> withCoordinates() {
		return (root, query, cb) -> cb.isNotNull(root.get("latitude"));
	}

}
