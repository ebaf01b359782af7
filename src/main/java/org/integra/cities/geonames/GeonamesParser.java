package org.integra.cities.geonames;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a GeoNames dump (the .txt or the first .txt entry of a .zip) as a stream, checks
 * every line, and keeps the populated places (feature class P) of the chosen countries.
 * Any problem refuses the whole file.
 */
public final class GeonamesParser {

	/** Most uncompressed bytes read from a zip entry: cities500 is about 40 MB. */
	public static final long DEFAULT_MAX_UNCOMPRESSED = 600L * 1024 * 1024;

	static final int COLUMNS = 19;

	static final int MAX_PROBLEMS = 100;

	static final int MAX_ZIP_ENTRIES = 100;

	static final int NAME_LENGTH = 200;

	static final int ADMIN1_LENGTH = 200;

	private final long maxUncompressed;

	public GeonamesParser() {
		this(DEFAULT_MAX_UNCOMPRESSED);
	}

	public GeonamesParser(long maxUncompressed) {
		this.maxUncompressed = maxUncompressed;
	}

	/**
	 * Parses the file.
	 * @throws GeonamesFileRefused with the problems found when the file cannot be
	 * imported
	 */
	public List<GeonamesRow> parse(String fileName, InputStream input, Set<String> countries) {
		try {
			BufferedInputStream buffered = new BufferedInputStream(input);
			if (isZip(buffered)) {
				return parseText(openTextEntry(buffered), countries);
			}
			return parseText(buffered, countries);
		}
		catch (IOException ex) {
			throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.unreadable"));
		}
	}

	private static boolean isZip(BufferedInputStream input) throws IOException {
		input.mark(4);
		byte[] head = input.readNBytes(4);
		input.reset();
		return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	private InputStream openTextEntry(InputStream input) throws IOException {
		ZipInputStream zip = new ZipInputStream(input);
		int entries = 0;
		ZipEntry entry;
		while ((entry = zip.getNextEntry()) != null) {
			entries++;
			if (entries > MAX_ZIP_ENTRIES) {
				throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.zip-entries", MAX_ZIP_ENTRIES));
			}
			String name = entry.getName().toLowerCase(Locale.ROOT);
			if (!entry.isDirectory() && name.endsWith(".txt") && !name.contains("readme")) {
				if (entry.getSize() > this.maxUncompressed) {
					throw tooLarge();
				}
				return new CappedInputStream(zip, this.maxUncompressed);
			}
		}
		throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.zip-no-text"));
	}

	private GeonamesFileRefused tooLarge() {
		return new GeonamesFileRefused(
				new GeonamesProblem(0, "geonames.problem.zip-too-large", this.maxUncompressed / (1024 * 1024)));
	}

	private List<GeonamesRow> parseText(InputStream input, Set<String> countries) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, decoder), 1 << 16);
		List<GeonamesRow> rows = new ArrayList<>();
		List<GeonamesProblem> problems = new ArrayList<>();
		long problemCount = 0;
		Set<Long> ids = new HashSet<>();
		long lineNumber = 0;
		String line;
		while (true) {
			try {
				line = reader.readLine();
			}
			catch (CharacterCodingException ex) {
				throw new GeonamesFileRefused(new GeonamesProblem(lineNumber + 1, "geonames.problem.not-utf8"));
			}
			catch (UncheckedIOException ex) {
				throw ex;
			}
			if (line == null) {
				break;
			}
			lineNumber++;
			if (lineNumber == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank()) {
				continue;
			}
			List<GeonamesProblem> lineProblems = new ArrayList<>(1);
			GeonamesRow row = parseLine(lineNumber, line, lineProblems);
			if (row != null && !ids.add(row.geonameId())) {
				lineProblems.add(new GeonamesProblem(lineNumber, "geonames.problem.duplicate-id", row.geonameId()));
			}
			for (GeonamesProblem problem : lineProblems) {
				problemCount++;
				if (problems.size() < MAX_PROBLEMS) {
					problems.add(problem);
				}
			}
			if (lineProblems.isEmpty() && row != null && countries.contains(row.countryCode())) {
				rows.add(row);
			}
		}
		if (problemCount > 0) {
			throw new GeonamesFileRefused(problems, problemCount);
		}
		if (lineNumber == 0 || ids.isEmpty()) {
			throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.empty"));
		}
		return rows;
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
			problems.add(new GeonamesProblem(lineNumber, "geonames.problem.invalid", "country code"));
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
				problems.add(new GeonamesProblem(line, "geonames.problem.invalid", column));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.add(new GeonamesProblem(line, "geonames.problem.invalid", column));
			return null;
		}
	}

	private static BigDecimal parseCoordinate(String text, int limit, long line, String column,
			List<GeonamesProblem> problems) {
		String value = text.strip();
		if (value.isEmpty() || value.length() > 30) {
			problems.add(new GeonamesProblem(line, "geonames.problem.invalid", column));
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
				problems.add(new GeonamesProblem(line, "geonames.problem.invalid", column));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.add(new GeonamesProblem(line, "geonames.problem.invalid", column));
			return null;
		}
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

	/**
	 * Stops reading past the cap, so that a small zip cannot unpack into gigabytes.
	 */
	private final class CappedInputStream extends FilterInputStream {

		private final long cap;

		private long read;

		CappedInputStream(InputStream in, long cap) {
			super(in);
			this.cap = cap;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.cap) {
				throw tooLarge();
			}
		}

	}

}
