package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.integra.tasks.DigestSelection.Digest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestSelectionTests {

	private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");

	private final DigestSelection selection = new DigestSelection(LA_PAZ);

	/** 2026-11-24 09:30 in La Paz (UTC−4). */
	private static final Instant NOW = Instant.parse("2026-11-24T13:30:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	@Test
	void nothingWhenDisabled() {
		assertThat(this.selection.select(false, 8, null, List.of(task("a", TODAY)), NOW)).isEmpty();
	}

	@Test
	void nothingBeforeTheChosenHour() {
		assertThat(this.selection.select(true, 10, null, List.of(task("a", TODAY)), NOW)).isEmpty();
		assertThat(this.selection.select(true, 9, null, List.of(task("a", TODAY)), NOW)).isPresent();
	}

	@Test
	void laterTheSameDayStillSends() {
		assertThat(this.selection.select(true, 0, TODAY.minusDays(1), List.of(task("a", TODAY)), NOW)).isPresent();
	}

	@Test
	void nothingWhenAlreadySentThatDay() {
		assertThat(this.selection.select(true, 8, TODAY, List.of(task("a", TODAY)), NOW)).isEmpty();
		assertThat(this.selection.select(true, 8, TODAY.minusDays(1), List.of(task("a", TODAY)), NOW)).isPresent();
	}

	@Test
	void nothingWhenThereIsNothingToSay() {
		assertThat(this.selection.select(true, 8, null, List.of(), NOW)).isEmpty();
		Task farAway = task("far", TODAY.plusDays(8));
		Task undated = task("undated", null);
		Task closed = task("closed", TODAY.minusDays(2));
		closed.close(TaskStatus.DONE, NOW);
		assertThat(this.selection.select(true, 8, null, List.of(farAway, undated, closed), NOW)).isEmpty();
	}

	@Test
	void overdueFirstThenUpcomingEachByDate() {
		Task lastWeek = task("last week", TODAY.minusDays(7));
		Task yesterday = task("yesterday", TODAY.minusDays(1));
		Task today = task("today", TODAY);
		Task inAWeek = task("in a week", TODAY.plusDays(7));
		Task tomorrow = task("tomorrow", TODAY.plusDays(1));
		Task later = task("later", TODAY.plusDays(8));
		Digest digest = this.selection
			.select(true, 8, null, List.of(inAWeek, yesterday, later, today, lastWeek, tomorrow), NOW)
			.orElseThrow();
		assertThat(digest.date()).isEqualTo(TODAY);
		assertThat(digest.overdue()).extracting(Task::getTitle).containsExactly("last week", "yesterday");
		assertThat(digest.upcoming()).extracting(Task::getTitle).containsExactly("today", "tomorrow", "in a week");
		assertThat(digest.tasks()).extracting(Task::getTitle)
			.containsExactly("last week", "yesterday", "today", "tomorrow", "in a week");
	}

	@Test
	void theDayIsTheDayInTheZone() {
		// 02:30 UTC on the 25th is still 22:30 on the 24th in La Paz
		Instant lateEvening = Instant.parse("2026-11-25T02:30:00Z");
		Task dueOn24 = task("due on the 24th", TODAY);
		Digest digest = this.selection.select(true, 22, null, List.of(dueOn24), lateEvening).orElseThrow();
		assertThat(digest.date()).isEqualTo(TODAY);
		assertThat(digest.overdue()).isEmpty();
		assertThat(digest.upcoming()).extracting(Task::getTitle).containsExactly("due on the 24th");
		assertThat(this.selection.select(true, 22, TODAY, List.of(dueOn24), lateEvening)).isEmpty();
		// at 04:00 UTC it is the 25th in La Paz: a new day, and the task is overdue
		Instant nextDay = Instant.parse("2026-11-25T04:00:00Z");
		Digest next = this.selection.select(true, 0, TODAY, List.of(dueOn24), nextDay).orElseThrow();
		assertThat(next.date()).isEqualTo(TODAY.plusDays(1));
		assertThat(next.overdue()).extracting(Task::getTitle).containsExactly("due on the 24th");
		// and in UTC the same instant is 4 in the morning: before an 8 o'clock preference
		assertThat(new DigestSelection(ZoneId.of("UTC")).select(true, 8, null, List.of(dueOn24), nextDay)).isEmpty();
	}

	static Task task(String title, LocalDate due) {
		return new Task(new TaskDraft(title, null, "someone", due, null, null, null, null), null, "someone", NOW);
	}

}
