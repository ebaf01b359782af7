package org.integra.cities.geonames;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.integra.system.TextLines;

/**
 * Checks every line of a GeoNames text on its own and keeps the populated places (feature
 * class P) of the chosen countries; a bad line is reported with its number and reason,
 * and a line longer than the limit is skipped without being held.
 */
final class GeonamesLineParser {

	static final int COLUMNS = 19;

	static final int MAX_PROBLEMS = 100;

	static final int NAME_LENGTH = 200;

	static final int ADMIN1_LENGTH = 200;

	/** How much of a wrong value a problem quotes. */
	private static final int QUOTED_LENGTH = 40;

	private final int maxLineBytes;

	GeonamesLineParser(int maxLineBytes) {
		this.maxLineBytes = maxLineBytes;
	}

	/**
	 * Reads the text's lines; its bad lines are in the result.
	 * @throws GeonamesFileRefusedException when the text has no line at all
	 */
	GeonamesFile parse(InputStream input, Set<String> countries) throws IOException {
		TextLines lines = new TextLines(input, this.maxLineBytes);
		List<GeonamesRow> rows = new ArrayList<>();
		List<GeonamesProblem> problems = new ArrayList<>();
		Map<String, Integer> placesByCountry = new TreeMap<>();
		long problemCount = 0;
		long invalidLines = 0;
		Set<Long> ids = new HashSet<>();
		boolean anyLine = false;
		TextLines.Line line;
		while ((line = lines.next()) != null) {
			if (line.ok() && line.text().isBlank()) {
				continue;
			}
			anyLine = true;
			List<GeonamesProblem> lineProblems = new ArrayList<>(1);
			GeonamesRow row = null;
			if (line.fault() == TextLines.Fault.NOT_UTF8) {
				lineProblems.add(new GeonamesProblem(line.number(), "geonames.problem.notUtf8"));
			}
			else if (line.fault() == TextLines.Fault.TOO_LONG) {
				lineProblems
					.add(new GeonamesProblem(line.number(), "geonames.problem.lineTooLong", this.maxLineBytes / 1024));
			}
			else {
				row = parseLine(line.number(), line.text(), lineProblems);
				if (row != null && !ids.add(row.geonameId())) {
					lineProblems
						.add(new GeonamesProblem(line.number(), "geonames.problem.duplicateId", row.geonameId()));
				}
			}
			if (!lineProblems.isEmpty()) {
				invalidLines++;
			}
			for (GeonamesProblem problem : lineProblems) {
				problemCount++;
				if (problems.size() < MAX_PROBLEMS) {
					problems.add(problem);
				}
			}
			if (lineProblems.isEmpty() && row != null) {
				placesByCountry.merge(row.countryCode(), 1, Integer::sum);
				if (countries.contains(row.countryCode())) {
					rows.add(row);
				}
			}
		}
		if (!anyLine || (ids.isEmpty() && problemCount == 0)) {
			throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.empty"));
		}
		return new GeonamesFile(rows, problems, problemCount, invalidLines, placesByCountry);
	}

	/**
	 * The row when it is a populated place, {@code null} for other feature classes;
	 * problems are added to the list.
	 */
	static GeonamesRow parseLine(long lineNumber, String line, List<GeonamesProblem> problems) {
		String[] columns = line.split("\t", -1);
		if (columns.length != COLUMNS) {
			problems.add(new GeonamesProblem(lineNumber, "geonames.problem.columns", COLUMNS, columns.length));
			return null;
		}
		int before = problems.size();
		Long id = parseLong(columns[0], lineNumber, "geonameid", problems, false);
		String name = columns[1].strip();
		if (name.isEmpty()) {
			problems.add(new GeonamesProblem(lineNumber, "geonames.problem.required", "name"));
		}
		BigDecimal latitude = parseCoordinate(columns[4], 90, lineNumber, "latitude", problems);
		BigDecimal longitude = parseCoordinate(columns[5], 180, lineNumber, "longitude", problems);
		String countryCode = columns[8].strip().toUpperCase(Locale.ROOT);
		if (!countryCode.isEmpty() && !isCountryCode(countryCode)) {
			problems.add(new GeonamesProblem(lineNumber, "geonames.problem.countryCode", quote(columns[8].strip())));
		}
		Long population = parseLong(columns[14], lineNumber, "population", problems, true);
		if (problems.size() > before || !"P".equals(columns[6].strip())) {
			return null;
		}
		return new GeonamesRow(lineNumber, id, truncate(name, NAME_LENGTH), alternateNames(columns[3], name), latitude,
				longitude, columns[7].strip(), countryCode, blankToNull(truncate(columns[10].strip(), ADMIN1_LENGTH)),
				population, columns[18].strip());
	}

	private static List<String> alternateNames(String column, String name) {
		Set<String> names = new LinkedHashSet<>();
		for (String part : column.split(",")) {
			String alternate = part.strip();
			// Alternate names hold airport codes and links too; only names help a search.
			if (!alternate.isEmpty() && !alternate.equals(name) && !alternate.contains("://")) {
				names.add(alternate);
			}
		}
		return List.copyOf(names);
	}

	private static Long parseLong(String text, long line, String column, List<GeonamesProblem> problems,
			boolean optional) {
		String value = text.strip();
		if (value.isEmpty()) {
			if (!optional) {
				problems.add(new GeonamesProblem(line, "geonames.problem.required", column));
			}
			return null;
		}
		try {
			long number = Long.parseLong(value);
			if (number < 0) {
				problems.add(new GeonamesProblem(line, "geonames.problem.negative", column, quote(value)));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.add(new GeonamesProblem(line, "geonames.problem.notANumber", column, quote(value)));
			return null;
		}
	}

	private static BigDecimal parseCoordinate(String text, int limit, long line, String column,
			List<GeonamesProblem> problems) {
		String value = text.strip();
		if (value.isEmpty()) {
			problems.add(new GeonamesProblem(line, "geonames.problem.required", column));
			return null;
		}
		if (value.length() > 30) {
			problems.add(new GeonamesProblem(line, "geonames.problem.notANumber", column, quote(value)));
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
				problems.add(new GeonamesProblem(line, "geonames.problem.outOfRange", column, quote(value), "-" + limit,
						String.valueOf(limit)));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.add(new GeonamesProblem(line, "geonames.problem.notANumber", column, quote(value)));
			return null;
		}
	}

	/** The start of a wrong value, to quote in a problem. */
	static String quote(String value) {
		String clean = value.replaceAll("\\p{Cntrl}", " ");
		if (clean.length() <= QUOTED_LENGTH) {
			return clean;
		}
		int end = Character.isHighSurrogate(clean.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
		return clean.substring(0, end) + "…";
	}

	private static boolean isCountryCode(String code) {
		return code.length() == 2 && isUpperAscii(code.charAt(0)) && isUpperAscii(code.charAt(1));
	}

	private static boolean isUpperAscii(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
