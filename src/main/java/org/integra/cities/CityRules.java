package org.integra.cities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import org.integra.system.SearchText;

/**
 * The rules a city's data follows, in plain Java.
 */
public final class CityRules {

	/** Longest folded name kept for sorting; the column is sized for it. */
	static final int NAME_SEARCH_LENGTH = 400;

	/** Longest folded search text kept; the column is sized for it. */
	static final int SEARCH_TEXT_LENGTH = 12000;

	/** Decimal places kept for coordinates (about 10 cm). */
	static final int COORDINATE_SCALE = 6;

	private CityRules() {
	}

	/**
	 * The folded text that search matches: the name and every alternative name.
	 */
	public static String searchText(String name, String alternativeNames) {
		return searchTextOfFolded(fold(name), alternativeNames);
	}

	/**
	 * {@link #searchText(String, String)} for a name already folded with
	 * {@link #fold(String)}, so that an import folds each name once.
	 */
	public static String searchTextOfFolded(String foldedName, String alternativeNames) {
		String folded = (foldedName + " " + fold(alternativeNames)).strip();
		return truncate(folded, SEARCH_TEXT_LENGTH);
	}

	/**
	 * The folded name, used to sort names regardless of accents and case.
	 */
	public static String nameSearch(String name) {
		return nameSearchOfFolded(fold(name));
	}

	/**
	 * {@link #nameSearch(String)} for a name already folded with {@link #fold(String)}.
	 */
	public static String nameSearchOfFolded(String foldedName) {
		return truncate(foldedName, NAME_SEARCH_LENGTH);
	}

	/**
	 * Folds text as {@link SearchText#normalize(String)} does (same result), faster for
	 * Latin-1 text.
	 */
	public static String fold(String text) {
		return NameFolding.fold(text);
	}

	/**
	 * Coordinates come as a pair: both or neither.
	 */
	public static boolean isCoordinatePair(BigDecimal latitude, BigDecimal longitude) {
		return (latitude == null) == (longitude == null);
	}

	/**
	 * A year of joining only makes sense for a member.
	 */
	public static boolean isMemberSinceAllowed(NetworkRelation relation, Integer memberSince) {
		return memberSince == null || relation == NetworkRelation.MEMBER;
	}

	/**
	 * Alternative names as written, one per line or separated by commas or semicolons.
	 */
	public static List<String> splitAlternativeNames(String alternativeNames) {
		if (alternativeNames == null) {
			return List.of();
		}
		return Arrays.stream(alternativeNames.split("[\\r\\n,;]+"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	static BigDecimal coordinate(BigDecimal value) {
		return (value != null) ? value.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP) : null;
	}

	private static String truncate(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = length;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

}
