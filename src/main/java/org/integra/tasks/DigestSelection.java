package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a user's daily digest goes out at a given instant, and with which
 * tasks: once a local day, from the chosen hour on, and only when there is something to
 * say (an open task overdue or due within {@value #UPCOMING_DAYS} days).
 */
public final class DigestSelection {

	/** How many days ahead a task counts as upcoming (today included). */
	public static final int UPCOMING_DAYS = 7;

	private static final Comparator<Task> BY_DUE_DATE = Comparator.comparing(Task::getDueOn)
		.thenComparing(Task::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	private final ZoneId zone;

	public DigestSelection(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The digest to send now, if any.
	 * @param enabled whether the user wants the digest
	 * @param hour the hour of the day (0–23, in the zone) from which it may go out
	 * @param lastSentOn the local day the last digest went out, if ever
	 * @param openTasks the user's open tasks
	 * @param now the instant of the check
	 */
	public Optional<Digest> select(boolean enabled, int hour, LocalDate lastSentOn, List<Task> openTasks, Instant now) {
		ZonedDateTime local = now.atZone(this.zone);
		LocalDate today = local.toLocalDate();
		if (!enabled || local.getHour() < hour || (lastSentOn != null && !lastSentOn.isBefore(today))) {
			return Optional.empty();
		}
		LocalDate horizon = today.plusDays(UPCOMING_DAYS);
		List<Task> dated = openTasks.stream()
			.filter((task) -> task.getStatus() == TaskStatus.OPEN && task.getDueOn() != null)
			.sorted(BY_DUE_DATE)
			.toList();
		List<Task> overdue = dated.stream().filter((task) -> task.getDueOn().isBefore(today)).toList();
		List<Task> upcoming = dated.stream()
			.filter((task) -> !task.getDueOn().isBefore(today) && !task.getDueOn().isAfter(horizon))
			.toList();
		if (overdue.isEmpty() && upcoming.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Digest(today, overdue, upcoming));
	}

	/**
	 * A digest to send.
	 *
	 * @param date the local day it is for
	 * @param overdue open tasks past their due date, the oldest first
	 * @param upcoming open tasks due from today to {@value #UPCOMING_DAYS} days ahead,
	 * the soonest first
	 */
	public record Digest(LocalDate date, List<Task> overdue, List<Task> upcoming) {

		/** Every task of the digest, overdue first. */
		public List<Task> tasks() {
			return java.util.stream.Stream.concat(this.overdue.stream(), this.upcoming.stream()).toList();
		}

	}

}
