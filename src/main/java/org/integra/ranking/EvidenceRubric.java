package org.integra.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo data's own rubric (see {@code demo/candidate-evidence.csv}) turning the facts
 * found about a city into criterion values; shown with the criteria.
 */
final class EvidenceRubric {

	/**
	 * One fact of the file.
	 *
	 * @param kind MUNICIPAL_BUDGET, EXCHANGE_RATE, INTERNATIONAL_OFFICE, NETWORK,
	 * PROGRAMME or DEVELOPMENT_PLAN
	 * @param value the figure or the description
	 * @param unit the currency of a budget
	 * @param year the year or period the fact is about, as written
	 * @param sourceUrl where it was read
	 * @param note the file's note
	 */
	record Fact(String kind, String value, String unit, String year, String sourceUrl, String note) {
	}

	/**
	 * A city's priority sectors as the plan's note lists them.
	 *
	 * @param codes the sector codes
	 * @param partial whether only part of the plan was read
	 */
	record Sectors(List<String> codes, boolean partial) {
	}

	private static final Pattern SECTORS = Pattern.compile("sectors(?:\\s*\\(([^)]*)\\))?:\\s*(.*)");

	private EvidenceRubric() {
	}

	/**
	 * A budget in US dollars: USD as given, COP divided by the rate (COP per USD) and
	 * rounded to whole dollars; empty for another currency or without a rate.
	 */
	static Optional<BigDecimal> budgetInUsd(BigDecimal amount, String currency, BigDecimal copPerUsd) {
		if ("USD".equals(currency)) {
			return Optional.of(amount);
		}
		if ("COP".equals(currency) && copPerUsd != null && copPerUsd.signum() > 0) {
			return Optional.of(amount.divide(copPerUsd, 0, RoundingMode.HALF_UP));
		}
		return Optional.empty();
	}

	/**
	 * The internationalisation level: 3 = an international-relations office and a city
	 * network, 2 = either (a resilience office counts only when it liaises with
	 * international partners), 1 = an international programme only; empty when nothing
	 * was found.
	 */
	static OptionalInt internationalisation(List<Fact> facts) {
		boolean office = facts.stream().anyMatch(EvidenceRubric::countsAsOffice);
		boolean network = facts.stream().anyMatch((fact) -> fact.kind().equals("NETWORK"));
		boolean programme = facts.stream().anyMatch((fact) -> fact.kind().equals("PROGRAMME"));
		if (office && network) {
			return OptionalInt.of(3);
		}
		if (office || network) {
			return OptionalInt.of(2);
		}
		return programme ? OptionalInt.of(1) : OptionalInt.empty();
	}

	/** Whether a fact is an office the rubric counts. */
	static boolean countsAsOffice(Fact fact) {
		if (!fact.kind().equals("INTERNATIONAL_OFFICE")) {
			return false;
		}
		boolean resilience = fact.value().contains("Resiliencia");
		return !resilience || fact.value().contains("liaison with international partners");
	}

	/** The sectors a DEVELOPMENT_PLAN note lists ("sectors (partial): A B"), if any. */
	static Optional<Sectors> sectors(String note) {
		if (note == null) {
			return Optional.empty();
		}
		Matcher matcher = SECTORS.matcher(note.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		boolean partial = matcher.group(1) != null && matcher.group(1).contains("partial");
		List<String> codes = Arrays.stream(matcher.group(2).trim().split("\\s+")).filter((c) -> !c.isBlank()).toList();
		return codes.isEmpty() ? Optional.empty() : Optional.of(new Sectors(codes, partial));
	}

}
