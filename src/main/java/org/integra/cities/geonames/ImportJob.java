package org.integra.cities.geonames;

import java.time.Instant;
import java.util.List;

/**
 * An import as the admin sees it: its file, countries, state and counts, and its bad
 * lines: how many, the first ones with their reasons, and how many were skipped when it
 * was applied without them.
 */
public record ImportJob(long id, String fileName, List<String> countries, Status status, int totalRows,
		int processedRows, int newCount, int updatedCount, int unchangedCount, String message, String createdBy,
		Instant createdAt, Instant finishedAt, long invalidRows, long problemCount, List<GeonamesProblem> problems,
		long skippedRows) {

	/**
	 * CHECKED after the dry run, RUNNING while applying, then DONE or FAILED.
	 */
	public enum Status {

		CHECKED, RUNNING, DONE, FAILED

	}

	public int percent() {
		return (this.totalRows == 0) ? 100 : (int) (100L * this.processedRows / this.totalRows);
	}

	public boolean isFinished() {
		return this.status == Status.DONE || this.status == Status.FAILED;
	}

	public boolean hasInvalidRows() {
		return this.invalidRows > 0;
	}

}
