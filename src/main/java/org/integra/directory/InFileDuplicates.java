package org.integra.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.integra.directory.DirectoryImport.Outcome;
import org.integra.directory.DirectoryImport.RowReport;
import org.integra.directory.DuplicateMatcher.OrganizationFacts;
import org.integra.directory.DuplicateMatcher.PersonFacts;

/**
 * The good rows seen so far, by name key and e-mail, to find a row's duplicate within the
 * file among the few rows that share a key with it.
 */
final class InFileDuplicates {

	private final Map<String, List<CheckedRow>> byName = new java.util.HashMap<>();

	private final Map<String, List<CheckedRow>> byEmail = new java.util.HashMap<>();

	/**
	 * A new row that matches an earlier good row of the file is a duplicate within it.
	 */
	CheckedRow withinFile(CheckedRow checked) {
		CheckedRow result = checked;
		if (checked.report().outcome() == Outcome.NEW) {
			CheckedRow first = null;
			for (CheckedRow other : candidates(checked.facts())) {
				if (same(checked.facts(), other.facts())
						&& (first == null || other.report().line() < first.report().line())) {
					first = other;
				}
			}
			if (first != null) {
				RowReport report = checked.report();
				result = new CheckedRow(new RowReport(report.line(), report.name(), Outcome.DUPLICATE_IN_FILE, null,
						null, first.report().line(), null, null), checked.form(), checked.facts());
			}
		}
		if (checked.facts() != null) {
			this.byName.computeIfAbsent(nameKey(checked.facts()), (k) -> new ArrayList<>()).add(checked);
			String email = emailKey(checked.facts());
			if (email != null) {
				this.byEmail.computeIfAbsent(email, (k) -> new ArrayList<>()).add(checked);
			}
		}
		return result;
	}

	private List<CheckedRow> candidates(Object facts) {
		List<CheckedRow> candidates = new ArrayList<>(this.byName.getOrDefault(nameKey(facts), List.of()));
		String email = emailKey(facts);
		if (email != null) {
			candidates.addAll(this.byEmail.getOrDefault(email, List.of()));
		}
		return candidates;
	}

	private static String nameKey(Object facts) {
		return DuplicateMatcher
			.nameKey((facts instanceof OrganizationFacts o) ? o.name() : ((PersonFacts) facts).name());
	}

	private static String emailKey(Object facts) {
		return (facts instanceof PersonFacts p) ? DuplicateMatcher.emailKey(p.email()) : null;
	}

	private static boolean same(Object facts, Object other) {
		if (facts instanceof OrganizationFacts a && other instanceof OrganizationFacts b) {
			return DuplicateMatcher.matches(a, b);
		}
		if (facts instanceof PersonFacts a && other instanceof PersonFacts b) {
			return DuplicateMatcher.matches(a, b);
		}
		return false;
	}

}
