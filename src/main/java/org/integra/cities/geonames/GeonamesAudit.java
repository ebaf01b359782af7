package org.integra.cities.geonames;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The audit entries of an import, written with JDBC in the import's transaction: one
 * summary entry for the import and a per-field entry for every city it changes.
 */
class GeonamesAudit {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	GeonamesAudit(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void cityUpdated(RowMatch match, String username) {
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
		entry("UPDATE", "City", String.valueOf(old.id()), old.name(), username, changes);
	}

	/**
	 * @param skipped the file whose bad lines were left out, or {@code null} when none
	 * were
	 */
	void imported(long jobId, String fileName, String countries, Map<MatchKind, Integer> counts, GeonamesFile skipped,
			String username) {
		List<String[]> changes = new ArrayList<>(
				List.of(new String[] { "file", null, fileName }, new String[] { "countries", null, countries },
						new String[] { "new", null, String.valueOf(counts.get(MatchKind.NEW)) },
						new String[] { "updated", null, String.valueOf(counts.get(MatchKind.UPDATED)) },
						new String[] { "unchanged", null, String.valueOf(counts.get(MatchKind.UNCHANGED)) }));
		if (skipped != null && skipped.hasProblems()) {
			changes.add(new String[] { "skippedRows", null, String.valueOf(skipped.invalidLines()) });
			changes.add(new String[] { "skippedLines", null, skippedLines(skipped) });
		}
		entry("CREATE", "GeonamesImport", String.valueOf(jobId), ImportJobs.truncate(fileName, 255), username, changes);
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

	private void entry(String action, String type, String id, String label, String username, List<String[]> changes) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement(
					"insert into audit_entry (occurred_at, username, "
							+ "action, entity_type, entity_id, entity_label) values (?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			ps.setObject(1, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC));
			ps.setString(2, ImportJobs.truncate(username, 100));
			ps.setString(3, action);
			ps.setString(4, type);
			ps.setString(5, id);
			ps.setString(6, (label != null) ? ImportJobs.truncate(label, 255) : null);
			return ps;
		}, key);
		long entryId = ImportJobs.keyOf(key);
		this.jdbc.batchUpdate("insert into audit_change (entry_id, field, old_value, new_value) values (?, ?, ?, ?)",
				changes, changes.size(), (ps, change) -> {
					ps.setLong(1, entryId);
					ps.setString(2, change[0]);
					ps.setString(3, change[1]);
					ps.setString(4, change[2]);
				});
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
