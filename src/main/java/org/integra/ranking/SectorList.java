package org.integra.ranking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The row of a criterion-value file that sets a city's priority sectors: its criterion
 * code is {@value #CODE} and its value lists the sectors' codes separated by {@code ;}
 * (any case, spaces ignored, e.g. {@code EDUCATION; HEALTH}). The list replaces the
 * city's priority sectors; the row's source and note become where the list comes from.
 */
final class SectorList {

	/** The reserved criterion code of a priority-sectors row. */
	static final String CODE = "PRIORITY_SECTORS";

	/** The longest source and note stored with a city's sectors. */
	static final int MAX_SOURCE = 2000;

	static final int MAX_NOTE = 4000;

	private static final int SHOWN_UNKNOWN = 5;

	private static final int SHOWN_CODE_LENGTH = 40;

	private SectorList() {
	}

	/**
	 * The sectors a row names, or the message key (and arguments) of what is wrong.
	 *
	 * @param sectorIds the sectors' ids, in the order first named, without repeats
	 * @param problem message key, null when the list is good
	 * @param arguments the problem's arguments
	 */
	record Parsed(List<Long> sectorIds, String problem, List<String> arguments) {

		static Parsed bad(String problem, String... arguments) {
			return new Parsed(List.of(), problem, List.of(arguments));
		}

	}

	static boolean isSectorRow(String criterionCode) {
		return criterionCode != null && CODE.equalsIgnoreCase(criterionCode.strip());
	}

	/**
	 * @param value the row's value: sector codes separated by {@code ;}
	 * @param idsByCode every sector's id by its code in upper case
	 */
	static Parsed parse(String value, Map<String, Long> idsByCode) {
		Set<String> codes = new LinkedHashSet<>();
		for (String part : ((value == null) ? "" : value).split(";", -1)) {
			String code = part.strip().toUpperCase(Locale.ROOT);
			if (!code.isEmpty()) {
				codes.add(code);
			}
		}
		if (codes.isEmpty()) {
			return Parsed.bad("ranking.import.problem.sectorsEmpty");
		}
		List<Long> ids = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String code : codes) {
			Long id = idsByCode.get(code);
			if (id != null) {
				ids.add(id);
			}
			else {
				unknown.add(code);
			}
		}
		if (!unknown.isEmpty()) {
			return Parsed.bad("ranking.import.problem.sectorsUnknown", shown(unknown), String.valueOf(unknown.size()));
		}
		return new Parsed(List.copyOf(ids), null, List.of());
	}

	/** Whether the source and note fit where a city's sectors keep them. */
	static boolean fits(String source, String note) {
		return source.length() <= MAX_SOURCE && note.length() <= MAX_NOTE;
	}

	/** "FOO, BAR, …": the first unknown codes, each cut short, for the message. */
	private static String shown(List<String> unknown) {
		List<String> shown = unknown.stream()
			.limit(SHOWN_UNKNOWN)
			.map((code) -> (code.length() > SHOWN_CODE_LENGTH) ? code.substring(0, SHOWN_CODE_LENGTH) + "…" : code)
			.toList();
		return String.join(", ", shown) + ((unknown.size() > SHOWN_UNKNOWN) ? ", …" : "");
	}

}
