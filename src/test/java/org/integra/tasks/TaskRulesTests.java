package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.integra.tasks.TaskRules.Agenda;
import org.integra.tasks.TaskRules.Horizon;
import org.integra.tasks.TaskRules.Link;
import org.integra.tasks.TaskRules.LinkKind;
import org.integra.tasks.TaskRules.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final Set<String> USERS = Set.of("ana", "bea");

	static List<Problem> problems(TaskDraft draft) {
		return TaskRules.problems(TaskRules.cleaned(draft), USERS::contains,
				(link) -> link.id() == 1 || (link.kind() == LinkKind.PERSON && link.id() == 2));
	}

	static TaskDraft draft(String title, String assignee) {
		return new TaskDraft(title, null, assignee, null, null, null, null, null);
	}

	@Test
	void aTitleAndAnEnabledAssigneeAreEnough() {
		assertThat(problems(draft("Llamar al alcalde", "ana"))).isEmpty();
	}

	@Test
	void theTitleIsRequiredAndLimited() {
		assertThat(problems(draft("  \u0000 ", "ana")))
			.containsExactly(new Problem("title", "tasks.task.title.required"));
		assertThat(problems(draft("x".repeat(501), "ana")))
			.containsExactly(new Problem("title", "tasks.task.title.tooLong"));
		assertThat(problems(draft("x".repeat(500), "ana"))).isEmpty();
	}

	@Test
	void theDescriptionIsLimited() {
		TaskDraft draft = new TaskDraft("t", "d".repeat(4001), "ana", null, null, null, null, null);
		assertThat(problems(draft)).containsExactly(new Problem("description", "tasks.task.description.tooLong"));
		assertThat(problems(new TaskDraft("t", "d".repeat(4000), "ana", null, null, null, null, null))).isEmpty();
	}

	@Test
	void theAssigneeMustBeAnEnabledUser() {
		assertThat(problems(draft("t", null))).containsExactly(new Problem("assignee", "tasks.task.assignee.required"));
		assertThat(problems(draft("t", "ghost")))
			.containsExactly(new Problem("assignee", "tasks.task.assignee.unknown"));
	}

	@Test
	void linksMustExist() {
		assertThat(problems(new TaskDraft("t", null, "ana", TODAY, 1L, 1L, 2L, null))).isEmpty();
		assertThat(problems(new TaskDraft("t", null, "ana", TODAY, 9L, 9L, 9L, null))).containsExactly(
				new Problem("cityId", "tasks.task.cityId.notFound"),
				new Problem("organizationId", "tasks.task.organizationId.notFound"),
				new Problem("personId", "tasks.task.personId.notFound"));
		assertThat(problems(new TaskDraft("t", null, "ana", null, -1L, null, null, null)))
			.containsExactly(new Problem("cityId", "tasks.task.cityId.notFound"));
	}

	@Test
	void cleaningStripsNulAndBlanks() {
		TaskDraft clean = TaskRules.cleaned(new TaskDraft(" a\u0000b ", "  ", " ana ", null, null, null, null, null));
		assertThat(clean.title()).isEqualTo("ab");
		assertThat(clean.description()).isNull();
		assertThat(clean.assignee()).isEqualTo("ana");
	}

	@Test
	void openTasksCloseAndClosedTasksReopen() {
		assertThat(TaskRules.canChange(TaskStatus.OPEN, TaskStatus.DONE)).isTrue();
		assertThat(TaskRules.canChange(TaskStatus.OPEN, TaskStatus.CANCELLED)).isTrue();
		assertThat(TaskRules.canChange(TaskStatus.DONE, TaskStatus.OPEN)).isTrue();
		assertThat(TaskRules.canChange(TaskStatus.CANCELLED, TaskStatus.OPEN)).isTrue();
		assertThat(TaskRules.canChange(TaskStatus.OPEN, TaskStatus.OPEN)).isFalse();
		assertThat(TaskRules.canChange(TaskStatus.DONE, TaskStatus.CANCELLED)).isFalse();
		assertThat(TaskRules.canChange(TaskStatus.CANCELLED, TaskStatus.DONE)).isFalse();
		assertThat(TaskRules.canChange(TaskStatus.DONE, TaskStatus.DONE)).isFalse();
		assertThat(TaskRules.canChange(null, TaskStatus.DONE)).isFalse();
	}

	@Test
	void aDueDatePlacesATaskOnTheDay() {
		assertThat(TaskRules.horizon(TODAY.minusDays(1), TODAY)).isEqualTo(Horizon.OVERDUE);
		assertThat(TaskRules.horizon(TODAY, TODAY)).isEqualTo(Horizon.TODAY);
		assertThat(TaskRules.horizon(TODAY.plusDays(1), TODAY)).isEqualTo(Horizon.UPCOMING);
		assertThat(TaskRules.horizon(null, TODAY)).isEqualTo(Horizon.UNDATED);
	}

	@Test
	void theAgendaGroupsOpenTasksEarliestFirst() {
		Task late = task("late", TODAY.minusDays(3));
		Task later = task("later", TODAY.minusDays(1));
		Task now = task("now", TODAY);
		Task soon = task("soon", TODAY.plusDays(2));
		Task someday = task("someday", null);
		Task done = task("done", TODAY.minusDays(5));
		done.close(TaskStatus.DONE, Instant.EPOCH);
		Agenda agenda = TaskRules.agenda(List.of(someday, soon, later, done, now, late), TODAY);
		assertThat(agenda.overdue()).containsExactly(late, later);
		assertThat(agenda.today()).containsExactly(now);
		assertThat(agenda.upcoming()).containsExactly(soon);
		assertThat(agenda.undated()).containsExactly(someday);
		assertThat(agenda.isEmpty()).isFalse();
		assertThat(TaskRules.agenda(List.of(done), TODAY).isEmpty()).isTrue();
	}

	@Test
	void linkRecordsCompare() {
		assertThat(new Link(LinkKind.CITY, 1)).isEqualTo(new Link(LinkKind.CITY, 1));
	}

	static Task task(String title, LocalDate due) {
		return new Task(new TaskDraft(title, null, "ana", due, null, null, null, null), null, "ana", Instant.EPOCH);
	}

}
