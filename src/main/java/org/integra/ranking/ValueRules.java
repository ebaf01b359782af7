package org.integra.ranking;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * Whether a typed value fits its criterion's kind.
 */
public final class ValueRules {

	private static final BigDecimal LIMIT = new BigDecimal("1e14");

	private ValueRules() {
	}

	/**
	 * Parses a value as typed (a decimal point or comma) into a number, or empty when it
	 * is not a finite number.
	 */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank() || text.length() > 40) {
			return Optional.empty();
		}
		String cleaned = text.trim().replace(',', '.');
		if (!cleaned.matches("[-+]?\\d+(\\.\\d+)?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(cleaned));
	}

	/**
	 * The message key of what is wrong with a value for a criterion; empty when it fits.
	 * @param levels the ordinals of the criterion's levels
	 */
	public static Optional<String> problem(CriterionKind kind, Derivation derivation, BigDecimal value,
			Collection<Integer> levels) {
		if (derivation != Derivation.NONE) {
			return Optional.of("ranking.value.problem.derived");
		}
		if (value == null) {
			return Optional.of("ranking.value.problem.notNumber");
		}
		if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 6) {
			return Optional.of("ranking.value.problem.outOfRange");
		}
		return switch (kind) {
			case NUMBER -> Optional.empty();
			case YES_NO -> (value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0)
					? Optional.empty() : Optional.of("ranking.value.problem.yesNo");
			case ORDINAL -> isLevel(value, levels) ? Optional.empty() : Optional.of("ranking.value.problem.level");
		};
	}

	private static boolean isLevel(BigDecimal value, Collection<Integer> levels) {
		try {
			return levels.contains(value.intValueExact());
		}
		catch (ArithmeticException ex) {
			return false;
		}
	}

}
