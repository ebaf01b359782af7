package org.integra.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.integra.outreach.CandidateScope;
import org.integra.system.SearchText;

import org.springframework.data.jpa.domain.Specification;

/**
 * The query behind the task lists: the filters a user chose, the words of the search
 * (accents and case ignored), and, for a mentor, only their candidates' tasks and their
 * own.
 */
final class TaskSearchSpecification {

	private TaskSearchSpecification() {
	}

	static Specification<Task> of(TaskQuery query, LocalDate today, CandidateScope.Scope current, String me) {
		return (root, q, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (query.assignee() != null) {
				predicates.add(cb.equal(root.get("assignee"), query.assignee()));
			}
			if (query.status() != null) {
				predicates.add(cb.equal(root.get("status"), query.status()));
			}
			if (query.cityId() != null) {
				predicates.add(cb.equal(root.get("cityId"), query.cityId()));
			}
			if (query.dueAfter() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("dueOn"), query.dueAfter()));
			}
			if (query.dueBefore() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("dueOn"), query.dueBefore()));
			}
			if (query.overdueOnly()) {
				predicates.add(cb.equal(root.get("status"), TaskStatus.OPEN));
				predicates.add(cb.lessThan(root.get("dueOn"), today));
			}
			for (String word : words(query.text())) {
				predicates.add(cb.like(root.get("searchText"), "%" + escape(word) + "%", '\\'));
			}
			if (current.isMentor()) {
				Predicate mine = cb.equal(root.get("assignee"), (me != null) ? me : "");
				predicates.add(current.candidateCityIds().isEmpty() ? mine
						: cb.or(mine, root.get("cityId").in(current.candidateCityIds())));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** At most ten distinct words of the query, folded. */
	private static List<String> words(String text) {
		String folded = SearchText.normalize((text == null || text.length() <= 200) ? text : text.substring(0, 200));
		return Arrays.stream(folded.split(" ")).filter((w) -> !w.isEmpty()).distinct().limit(10).toList();
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
