package org.integra.cities.geonames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.integra.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

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

	private static final String INSERT_CITY = "insert into city (name, alternative_names, country_code, admin1, "
			+ "population, population_year, population_source, latitude, longitude, capital_status, seaport, "
			+ "geonames_id, network_relation, member_since, name_search, search_text, version, created_at, updated_at) "
			+ "values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, 'UNKNOWN', ?, 'NONE', null, ?, ?, 0, ?, ?)";

	private static final String UPDATE_CITY = "update city set alternative_names = ?, search_text = ?, admin1 = ?, "
			+ "population = ?, population_source = ?, population_year = case when ? then null else population_year end, "
			+ "latitude = ?, longitude = ?, geonames_id = ?, version = version + 1, updated_at = ? where id = ?";

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final String JOB_COLUMNS = "id, file_name, countries, status, total_rows, processed_rows, "
			+ "new_count, updated_count, unchanged_count, message, created_by, created_at, finished_at, "
			+ "invalid_rows, problem_count, problems, skipped_rows";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final GeonamesParser parser;

	GeonamesImport(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${integra.imports.geonames.max-uncompressed:200MB}") DataSize maxUncompressed,
			@Value("${integra.imports.max-line-length:64KB}") DataSize maxLineLength) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.parser = new GeonamesParser(maxUncompressed.toBytes(), Math.toIntExact(maxLineLength.toBytes()));
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
	 * @throws GeonamesFileRefused when the file as a whole or the countries cannot be
	 * imported
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
		long jobId = insertJob(safeName, content, size, chosen, file, counts, username);
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
			throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.unreadable"));
		}
	}

	/**
	 * Applies a checked job: every change or none, refused when the file has a bad line.
	 * Progress is visible through {@link #job(long)} while it runs.
	 * @throws OptimisticLockingFailureException if the job is not waiting to be applied
	 * @throws GeonamesFileRefused if a line of the file is bad
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
			throw new GeonamesFileRefused(checked.problems(), checked.problemCount());
		}
		int claimed = this.ownTransaction.execute((status) -> this.jdbc.update(
				"update import_job set status = 'RUNNING', processed_rows = 0 where id = ? and status = 'CHECKED'",
				jobId));
		if (claimed == 0) {
			job(jobId);
			throw new OptimisticLockingFailureException("Import job " + jobId + " is not waiting to be applied");
		}
		try {
			Map<MatchKind, Integer> counts = this.transaction.execute((status) -> write(jobId, username, skipInvalid));
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"update import_job set status = 'DONE', processed_rows = total_rows, new_count = ?, "
							+ "updated_count = ?, unchanged_count = ?, skipped_rows = ?, file_content = null, "
							+ "finished_at = ? where id = ?",
					counts.get(MatchKind.NEW), counts.get(MatchKind.UPDATED), counts.get(MatchKind.UNCHANGED),
					skipInvalid ? checked.invalidRows() : 0, now(), jobId));
		}
		catch (RuntimeException ex) {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"update import_job set status = 'FAILED', message = ?, finished_at = ? where id = ?",
					truncate(String.valueOf(ex.getMessage()), 2000), now(), jobId));
			throw ex;
		}
		return job(jobId);
	}

	public ImportJob job(long jobId) {
		List<ImportJob> jobs = this.jdbc.query("select " + JOB_COLUMNS + " from import_job where id = ?",
				(rs, n) -> toJob(rs), jobId);
		if (jobs.isEmpty()) {
			throw new NotFoundException("geonames.job.not-found", jobId);
		}
		return jobs.get(0);
	}

	private Map<MatchKind, Integer> write(long jobId, String username, boolean skipInvalid) {
		String[] job = this.jdbc.queryForObject("select file_name, countries from import_job where id = ?",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, jobId);
		Set<String> countries = new LinkedHashSet<>(Arrays.asList(job[1].split(",")));
		GeonamesFile file = this.jdbc.queryForObject("select file_content from import_job where id = ?", (rs, n) -> {
			try (InputStream content = rs.getBinaryStream(1)) {
				return this.parser.parse(job[0], content, countries);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, jobId);
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
				flush(inserts, updates, now, username);
				progress(jobId, processed);
			}
		}
		flush(inserts, updates, now, username);
		auditSummary(jobId, job[0], job[1], counts, skipInvalid ? file : null, username);
		return counts;
	}

	private void flush(List<RowMatch> inserts, List<RowMatch> updates, Timestamp now, String username) {
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_CITY, inserts, inserts.size(), (ps, match) -> {
				CityValues v = match.values();
				ps.setString(1, v.name());
				ps.setString(2, v.alternativeNames());
				ps.setString(3, match.row().countryCode());
				ps.setString(4, v.admin1());
				setLong(ps, 5, v.population());
				ps.setString(6, v.populationSource());
				ps.setBigDecimal(7, v.latitude());
				ps.setBigDecimal(8, v.longitude());
				ps.setString(9, match.row().isNationalCapital() ? "NATIONAL" : "NONE");
				ps.setLong(10, v.geonamesId());
				ps.setString(11, v.nameSearch());
				ps.setString(12, v.searchText());
				ps.setTimestamp(13, now);
				ps.setTimestamp(14, now);
			});
			inserts.clear();
		}
		if (!updates.isEmpty()) {
			this.jdbc.batchUpdate(UPDATE_CITY, updates, updates.size(), (ps, match) -> {
				CityValues v = match.values();
				ps.setString(1, v.alternativeNames());
				ps.setString(2, v.searchText());
				ps.setString(3, v.admin1());
				setLong(ps, 4, v.population());
				ps.setString(5, v.populationSource());
				ps.setBoolean(6, match.changedFields().contains("population"));
				ps.setBigDecimal(7, v.latitude());
				ps.setBigDecimal(8, v.longitude());
				ps.setLong(9, v.geonamesId());
				ps.setTimestamp(10, now);
				ps.setLong(11, match.existing().id());
			});
			for (RowMatch match : updates) {
				auditUpdate(match, username);
			}
			updates.clear();
		}
	}

	private void auditUpdate(RowMatch match, String username) {
		ExistingCity old = match.existing();
		CityValues v = match.values();
		List<String[]> changes = new ArrayList<>();
		for (String field : match.changedFields()) {
			switch (field) {
				case "alternativeNames" ->
					changes.add(new String[] { "alternativeNames", old.alternativeNames(), v.alternativeNames() });
				case "coordinates" -> {
					changes.add(new String[] { "latitude", text(old.latitude()), text(v.latitude()) });
					changes.add(new String[] { "longitude", text(old.longitude()), text(v.longitude()) });
				}
				case "admin1" -> changes.add(new String[] { "admin1", old.admin1(), v.admin1() });
				case "population" -> {
					changes.add(new String[] { "population", text(old.population()), text(v.population()) });
					changes.add(new String[] { "populationSource", old.populationSource(), v.populationSource() });
				}
				case "geonamesId" -> changes.add(new String[] { "geonamesId", null, text(v.geonamesId()) });
				default -> {
				}
			}
		}
		auditEntry("UPDATE", "City", String.valueOf(old.id()), old.name(), username, changes);
	}

	private void auditSummary(long jobId, String fileName, String countries, Map<MatchKind, Integer> counts,
			GeonamesFile skipped, String username) {
		List<String[]> changes = new ArrayList<>(
				List.of(new String[] { "file", null, fileName }, new String[] { "countries", null, countries },
						new String[] { "new", null, String.valueOf(counts.get(MatchKind.NEW)) },
						new String[] { "updated", null, String.valueOf(counts.get(MatchKind.UPDATED)) },
						new String[] { "unchanged", null, String.valueOf(counts.get(MatchKind.UNCHANGED)) }));
		if (skipped != null && skipped.hasProblems()) {
			changes.add(new String[] { "skippedRows", null, String.valueOf(skipped.invalidLines()) });
			changes.add(new String[] { "skippedLines", null, skippedLines(skipped) });
		}
		auditEntry("CREATE", "GeonamesImport", String.valueOf(jobId), truncate(fileName, 255), username, changes);
	}

	/**
	 * "2, 7, 9, …": the lines of the problems listed, and an ellipsis when there are
	 * more.
	 */
	private static String skippedLines(GeonamesFile file) {
		String lines = file.problems()
			.stream()
			.map(GeonamesProblem::line)
			.distinct()
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return (file.problemCount() > file.problems().size()) ? lines + ", …" : lines;
	}

	private void auditEntry(String action, String type, String id, String label, String username,
			List<String[]> changes) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement(
					"insert into audit_entry (occurred_at, username, "
							+ "action, entity_type, entity_id, entity_label) values (?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			ps.setObject(1, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC));
			ps.setString(2, truncate(username, 100));
			ps.setString(3, action);
			ps.setString(4, type);
			ps.setString(5, id);
			ps.setString(6, (label != null) ? truncate(label, 255) : null);
			return ps;
		}, key);
		long entryId = keyOf(key);
		this.jdbc.batchUpdate("insert into audit_change (entry_id, field, old_value, new_value) values (?, ?, ?, ?)",
				changes, changes.size(), (ps, change) -> {
					ps.setLong(1, entryId);
					ps.setString(2, change[0]);
					ps.setString(3, change[1]);
					ps.setString(4, change[2]);
				});
	}

	private static long keyOf(KeyHolder key) {
		if (key.getKeys() != null && key.getKeys().size() > 1) {
			Object id = key.getKeys().get("id");
			if (id == null) {
				id = key.getKeys().get("ID");
			}
			return ((Number) id).longValue();
		}
		return key.getKey().longValue();
	}

	private void progress(long jobId, int processed) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.update("update import_job set processed_rows = ? where id = ?", processed, jobId));
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
				throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.country", code));
			}
			chosen.add(code);
		}
		if (chosen.isEmpty()) {
			throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.no-country"));
		}
		return chosen;
	}

	private long insertJob(String fileName, InputStreamSource content, long size, Set<String> countries,
			GeonamesFile file, Map<MatchKind, Integer> counts, String username) {
		KeyHolder key = new GeneratedKeyHolder();
		try (InputStream input = content.getInputStream()) {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update((connection) -> {
				PreparedStatement ps = connection.prepareStatement("insert into import_job (kind, file_name, "
						+ "file_content, countries, status, total_rows, processed_rows, new_count, updated_count, "
						+ "unchanged_count, created_by, created_at, invalid_rows, problem_count, problems) "
						+ "values ('GEONAMES', ?, ?, ?, 'CHECKED', ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
						Statement.RETURN_GENERATED_KEYS);
				ps.setString(1, fileName);
				ps.setBinaryStream(2, input, Math.toIntExact(size));
				ps.setString(3, String.join(",", countries));
				ps.setInt(4, file.rows().size());
				ps.setInt(5, counts.get(MatchKind.NEW));
				ps.setInt(6, counts.get(MatchKind.UPDATED));
				ps.setInt(7, counts.get(MatchKind.UNCHANGED));
				ps.setString(8, truncate(username, 100));
				ps.setObject(9, now());
				ps.setLong(10, file.invalidLines());
				ps.setLong(11, file.problemCount());
				ps.setString(12, GeonamesProblems.write(file.problems()));
				return ps;
			}, key));
		}
		catch (IOException ex) {
			throw new GeonamesFileRefused(new GeonamesProblem(0, "geonames.problem.unreadable"));
		}
		return keyOf(key);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static ImportJob toJob(ResultSet rs) throws SQLException {
		return new ImportJob(rs.getLong("id"), rs.getString("file_name"), List.of(rs.getString("countries").split(",")),
				ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
				rs.getInt("new_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
				rs.getString("message"), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "finished_at"), rs.getLong("invalid_rows"), rs.getLong("problem_count"),
				GeonamesProblems.read(rs.getString("problems")), rs.getLong("skipped_rows"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
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

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
