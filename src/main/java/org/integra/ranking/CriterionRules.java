package org.integra.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules of a criterion's definition: the levels of an ordinal scale and which kinds a
 * derivation produces.
 */
public final class CriterionRules {

	private CriterionRules() {
	}

	/**
	 * Levels parsed from lines {@code ordinal | es | pt | en}; empty when a line is
	 * malformed or an ordinal repeats.
	 */
	public static Optional<List<CriterionLevel>> parseLevels(String text) {
		List<CriterionLevel> levels = new ArrayList<>();
		Set<Integer> ordinals = new HashSet<>();
		if (text == null) {
			return Optional.of(levels);
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length != 4) {
				return Optional.empty();
			}
			String ordinalText = parts[0].trim();
			if (!ordinalText.matches("-?\\d{1,6}") || !ordinals.add(Integer.parseInt(ordinalText))) {
				return Optional.empty();
			}
			for (int i = 1; i < 4; i++) {
				if (parts[i].isBlank() || parts[i].trim().length() > 200) {
					return Optional.empty();
				}
			}
			levels.add(new CriterionLevel(Integer.parseInt(ordinalText), parts[1].trim(), parts[2].trim(),
					parts[3].trim()));
		}
		levels.sort(java.util.Comparator.comparingInt(CriterionLevel::getOrdinal));
		return Optional.of(levels);
	}

	public static String formatLevels(List<CriterionLevel> levels) {
		return levels.stream()
			.map((level) -> level.getOrdinal() + " | " + level.getLabelEs() + " | " + level.getLabelPt() + " | "
					+ level.getLabelEn())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The message key of what is wrong with a criterion's shape, or empty.
	 */
	public static Optional<String> problem(CriterionKind kind, Derivation derivation, List<CriterionLevel> levels) {
		if (kind == CriterionKind.ORDINAL && levels.size() < 2) {
			return Optional.of("ranking.criterion.levels.tooFew");
		}
		if (kind != CriterionKind.ORDINAL && !levels.isEmpty()) {
			return Optional.of("ranking.criterion.levels.notOrdinal");
		}
		boolean fits = switch (derivation) {
			case NONE -> true;
			case POPULATION_TIER -> kind == CriterionKind.ORDINAL;
			case SEAPORT -> kind == CriterionKind.YES_NO || kind == CriterionKind.NUMBER;
			case THEMATIC_OVERLAP, FEE_TO_BUDGET -> kind == CriterionKind.NUMBER;
		};
		return fits ? Optional.empty() : Optional.of("ranking.criterion.derivation.kind");
	}

}
