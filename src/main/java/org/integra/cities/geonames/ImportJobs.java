package org.integra.cities.geonames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.system.NotFoundException;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The GeoNames import jobs, with the file each keeps until it is applied. Every change to
 * a job commits in a transaction of its own, so that any instance sees a job's progress
 * while the import itself is still running.
 */
class ImportJobs {

	private static final String JOB_COLUMNS = "id, file_name, countries, status, total_rows, processed_rows, "
			+ "new_count, updated_count, unchanged_count, message, created_by, created_at, finished_at, "
			+ "invalid_rows, problem_count, problems, skipped_rows";

	/** Reads a file kept with a job. */
	interface StoredFileReader {

		GeonamesFile read(InputStream content) throws IOException;

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when there is no such job
	 */
	ImportJob job(long jobId) {
		List<ImportJob> jobs = this.jdbc.query("select " + JOB_COLUMNS + " from import_job where id = ?",
				(rs, n) -> toJob(rs), jobId);
		if (jobs.isEmpty()) {
			throw new NotFoundException("geonames.job.notFound", jobId);
		}
		return jobs.get(0);
	}

	/** Keeps a checked file as a new job waiting to be applied; returns its id. */
	long insertChecked(String fileName, InputStreamSource content, long size, Set<String> countries, GeonamesFile file,
			Map<MatchKind, Integer> counts, String username) {
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
			throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.unreadable"));
		}
		return keyOf(key);
	}

	/**
	 * Marks a checked job as running; {@code false} when it is not waiting to be applied.
	 */
	boolean claim(long jobId) {
		return this.ownTransaction.execute((status) -> this.jdbc.update(
				"update import_job set status = 'RUNNING', processed_rows = 0 where id = ? and status = 'CHECKED'",
				jobId)) > 0;
	}

	/** The file kept with the job, read in the caller's transaction. */
	GeonamesFile storedFile(long jobId, StoredFileReader reader) {
		return this.jdbc.queryForObject("select file_content from import_job where id = ?", (rs, n) -> {
			try (InputStream content = rs.getBinaryStream(1)) {
				return reader.read(content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, jobId);
	}

	/**
	 * "cities15000.txt" and "PE,BO": the file name and countries the job was checked for.
	 */
	String[] storedNameAndCountries(long jobId) {
		return this.jdbc.queryForObject("select file_name, countries from import_job where id = ?",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, jobId);
	}

	static Set<String> countries(String joined) {
		return new LinkedHashSet<>(Arrays.asList(joined.split(",")));
	}

	void progress(long jobId, int processed) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.update("update import_job set processed_rows = ? where id = ?", processed, jobId));
	}

	/** Marks the job done with what it changed, and lets its file go. */
	void done(long jobId, Map<MatchKind, Integer> counts, long skippedRows) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"update import_job set status = 'DONE', processed_rows = total_rows, new_count = ?, "
						+ "updated_count = ?, unchanged_count = ?, skipped_rows = ?, file_content = null, "
						+ "finished_at = ? where id = ?",
				counts.get(MatchKind.NEW), counts.get(MatchKind.UPDATED), counts.get(MatchKind.UNCHANGED), skippedRows,
				now(), jobId));
	}

	void failed(long jobId, String message) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"update import_job set status = 'FAILED', message = ?, finished_at = ? where id = ?",
				truncate(String.valueOf(message), 2000), now(), jobId));
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

	/** The generated id, whichever way the database names it. */
	static long keyOf(KeyHolder key) {
		if (key.getKeys() != null && key.getKeys().size() > 1) {
			Object id = key.getKeys().get("id");
			if (id == null) {
				id = key.getKeys().get("ID");
			}
			return ((Number) id).longValue();
		}
		return key.getKey().longValue();
	}

	static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
