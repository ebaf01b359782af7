package org.integra.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.integra.system.SearchText;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the event list is narrowed to; every part optional. An event is in the range of
 * dates when it ends on or after {@code from} and starts on or before {@code to}, its
 * days counted in its own time zone.
 *
 * @param text words of its titles, theme or venue, accents and case ignored
 * @param kind its kind
 * @param status its status
 * @param from the first day
 * @param to the last day
 * @param countryCode the country it takes place in
 */
public record EventFilter(String text, EventKind kind, EventStatus status, LocalDate from, LocalDate to,
		String countryCode) {

	public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);

	Specification<Event> specification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			// folded words hold only letters and digits: no wildcard of LIKE to escape
			for (String word : SearchText.normalize(this.text).split(" ")) {
				if (!word.isEmpty()) {
					predicates.add(builder.like(root.get("searchText"), "%" + word + "%"));
				}
			}
			if (this.kind != null) {
				predicates.add(builder.equal(root.get("kind"), this.kind));
			}
			if (this.status != null) {
				predicates.add(builder.equal(root.get("status"), this.status));
			}
			if (this.from != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("endsOn"), this.from));
			}
			if (this.to != null) {
				predicates.add(builder.lessThanOrEqualTo(root.get("startsOn"), this.to));
			}
			if (this.countryCode != null) {
				predicates.add(builder.equal(root.get("countryCode"), this.countryCode));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** Whether anything narrows the list. */
	public boolean isEmpty() {
		return (this.text == null || this.text.isBlank()) && this.kind == null && this.status == null
				&& this.from == null && this.to == null && this.countryCode == null;
	}

}
