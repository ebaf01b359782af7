package org.integra.events.web;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of the month view, with the events that take place on it.
 *
 * @param date the day
 * @param inMonth whether it belongs to the month shown (or pads its first or last week)
 * @param events the events on that day, in their own time zone
 */
public record CalendarDay(LocalDate date, boolean inMonth, List<EventRow> events) {
}
