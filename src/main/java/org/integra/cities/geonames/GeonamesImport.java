package org.integra.cities.geonames;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.integra.system.ImportLimits;
import org.integra.system.NotFoundException;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the populated places of a GeoNames dump into the cities: a dry run checks the
 * file and tells what would change, keeping the file with the job; applying it writes
 * every change in one transaction, with JDBC batches, and records its progress in the job
 * in transactions of its own so that any instance can show it.
 * <p>
 * Auditing: writing 150,000 cities through the entity listener would cost a history entry
 * per city and miss the time budget, so the import writes one summary audit entry for the
 * import (file, countries, counts) and a per-field entry for every city it changes, since
 * those are the curated cities whose history matters. All of them commit or roll back
 * with the import.
 */
@Service
public class GeonamesImport {

	/** Rows written per JDBC batch and per progress update. */
	static final int BATCH_SIZE = 1000;

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final GeonamesParser parser;

	private final ImportJobs jobs;

	private final GeonamesAudit audit;

	private final GeonamesCityWriter cityWriter;

	GeonamesImport(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, GeonamesProperties settings,
			ImportLimits limits) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.jobs = new ImportJobs(jdbc, transactions, clock);
		this.audit = new GeonamesAudit(jdbc, clock);
		this.cityWriter = new GeonamesCityWriter(jdbc, this.audit);
		this.parser = new GeonamesParser(settings.maxUncompressed().toBytes(),
				Math.toIntExact(limits.maxLineLength().toBytes()));
	}

	/**
	 * The codes of the countries a file may be imported for.
	 */
	public List<String> countryCodes() {
		return this.jdbc.queryForList("select code from country order by code", String.class);
	}

	/**
	 * Checks the file and tells what importing it would do; keeps it with a new job, with
	 * its bad lines if any (then it can only be applied without them).
	 * @throws GeonamesFileRefusedException when the file as a whole or the countries
	 * cannot be imported
	 */
	public DryRun dryRun(String fileName, byte[] content, Set<String> countries, String username) {
		return dryRun(fileName, new ByteArrayResource(content), content.length, countries, username);
	}

	/**
	 * Checks the file, read as a stream twice: once to check it, once to keep it.
	 */
	public DryRun dryRun(String fileName, InputStreamSource content, long size, Set<String> countries,
			String username) {
		Set<String> chosen = checkCountries(countries);
		String safeName = safeFileName(fileName);
		GeonamesFile file = parse(safeName, content, chosen);
		List<RowMatch> matches = this.transaction.execute((status) -> match(safeName, file.rows(), chosen));
		Map<MatchKind, Integer> counts = new EnumMap<>(MatchKind.class);
		Map<MatchKind, List<DryRun.Sample>> samples = new EnumMap<>(MatchKind.class);
		for (MatchKind kind : MatchKind.values()) {
			counts.put(kind, 0);
			samples.put(kind, new ArrayList<>());
		}
		for (RowMatch match : matches) {
			counts.merge(match.kind(), 1, Integer::sum);
			List<DryRun.Sample> list = samples.get(match.kind());
			if (list.size() < DryRun.SAMPLE_SIZE) {
				list.add(DryRun.Sample.of(match));
			}
		}
		long jobId = this.jobs.insertChecked(safeName, content, size, chosen, file, counts, username);
		return new DryRun(job(jobId), counts, samples, unknownCountries(file));
	}

	/**
	 * The countries of the file that Integra does not know, with their number of places,
	 * most first.
	 */
	private Map<String, Integer> unknownCountries(GeonamesFile file) {
		Set<String> known = new LinkedHashSet<>(countryCodes());
		Map<String, Integer> unknown = new TreeMap<>();
		file.placesByCountry().forEach((code, count) -> {
			if (!known.contains(code)) {
				unknown.put(code, count);
			}
		});
		return unknown.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private GeonamesFile parse(String fileName, InputStreamSource content, Set<String> countries) {
		try (InputStream input = content.getInputStream()) {
			return this.parser.parse(fileName, input, countries);
		}
		catch (IOException ex) {
			throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.unreadable"));
		}
	}

	/**
	 * Applies a checked job: every change or none, refused when the file has a bad line.
	 * Progress is visible through {@link #job(long)} while it runs.
	 * @throws OptimisticLockingFailureException if the job is not waiting to be applied
	 * @throws GeonamesFileRefusedException if a line of the file is bad
	 */
	public ImportJob apply(long jobId, String username) {
		return apply(jobId, username, false);
	}

	/**
	 * Applies a checked job; with {@code skipInvalid} the bad lines are left out (and
	 * kept in the job's report and the audit entry), else a bad line refuses it all.
	 */
	public ImportJob apply(long jobId, String username, boolean skipInvalid) {
		ImportJob checked = job(jobId);
		if (checked.status() == ImportJob.Status.CHECKED && checked.hasInvalidRows() && !skipInvalid) {
			throw new GeonamesFileRefusedException(checked.problems(), checked.problemCount());
		}
		if (!this.jobs.claim(jobId)) {
			job(jobId);
			throw new OptimisticLockingFailureException("Import job " + jobId + " is not waiting to be applied");
		}
		try {
			Map<MatchKind, Integer> counts = this.transaction.execute((status) -> write(jobId, username, skipInvalid));
			this.jobs.done(jobId, counts, skipInvalid ? checked.invalidRows() : 0);
		}
		catch (RuntimeException ex) {
			this.jobs.failed(jobId, ex.getMessage());
			throw ex;
		}
		return job(jobId);
	}

	/**
	 * @throws NotFoundException when there is no such job
	 */
	public ImportJob job(long jobId) {
		return this.jobs.job(jobId);
	}

	private Map<MatchKind, Integer> write(long jobId, String username, boolean skipInvalid) {
		String[] job = this.jobs.storedNameAndCountries(jobId);
		Set<String> countries = ImportJobs.countries(job[1]);
		GeonamesFile file = this.jobs.storedFile(jobId, (content) -> this.parser.parse(job[0], content, countries));
		if (!skipInvalid) {
			file.requireNoProblems();
		}
		List<GeonamesRow> rows = file.rows();
		List<RowMatch> matches = match(job[0], rows, countries);
		Map<MatchKind, Integer> counts = new EnumMap<>(MatchKind.class);
		for (MatchKind kind : MatchKind.values()) {
			counts.put(kind, 0);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<RowMatch> inserts = new ArrayList<>(BATCH_SIZE);
		List<RowMatch> updates = new ArrayList<>();
		int processed = 0;
		for (RowMatch match : matches) {
			counts.merge(match.kind(), 1, Integer::sum);
			if (match.kind() == MatchKind.NEW) {
				inserts.add(match);
			}
			else if (match.kind() == MatchKind.UPDATED) {
				updates.add(match);
			}
			processed++;
			if (inserts.size() + updates.size() >= BATCH_SIZE) {
				this.cityWriter.write(inserts, updates, now, username);
				this.jobs.progress(jobId, processed);
			}
		}
		this.cityWriter.write(inserts, updates, now, username);
		this.audit.imported(jobId, job[0], job[1], counts, skipInvalid ? file : null, username);
		return counts;
	}

	private List<RowMatch> match(String fileName, List<GeonamesRow> rows, Set<String> countries) {
		String placeholders = countries.stream().map((c) -> "?").collect(Collectors.joining(", "));
		List<ExistingCity> existing = this.jdbc.query(
				"select id, name, country_code, latitude, longitude, geonames_id, alternative_names, population, "
						+ "population_source, admin1 from city where country_code in (" + placeholders + ")",
				(rs, n) -> new ExistingCity(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getBigDecimal(5), nullableLong(rs, 6), rs.getString(7), nullableLong(rs, 8), rs.getString(9),
						rs.getString(10)),
				countries.toArray());
		return new GeonamesMatcher(existing, populationSource(fileName, rows)).matchAll(rows);
	}

	/**
	 * "GeoNames cities15000.txt, 2024-05-02": the file and its latest modification date.
	 */
	static String populationSource(String fileName, List<GeonamesRow> rows) {
		String latest = rows.stream()
			.map(GeonamesRow::modificationDate)
			.filter((d) -> DATE.matcher(d).matches())
			.max(String::compareTo)
			.orElse(null);
		return truncate("GeoNames " + fileName + ((latest != null) ? ", " + latest : ""), 2000);
	}

	private Set<String> checkCountries(Set<String> countries) {
		Set<String> known = new LinkedHashSet<>(countryCodes());
		Set<String> chosen = new LinkedHashSet<>();
		for (String code : (countries != null) ? countries : Set.<String>of()) {
			if (!known.contains(code)) {
				throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.country", code));
			}
			chosen.add(code);
		}
		if (chosen.isEmpty()) {
			throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.noCountry"));
		}
		return chosen;
	}

	static String safeFileName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "geonames.txt" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return truncate(name.replaceAll("\\p{Cntrl}", "_"), 255);
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static String truncate(String text, int length) {
		return ImportJobs.truncate(text, length);
	}

}
