package org.integra.ranking;

import java.time.LocalDate;

/**
 * A value as a person types it, with its evidence.
 *
 * @param value the value as text (a number, 0/1, or a level's ordinal)
 * @param source where it comes from
 * @param evidenceDate when the source says so
 * @param note free text
 */
public record ValueEntry(String value, String source, LocalDate evidenceDate, String note) {
}
