package org.integra.tasks;

import java.time.LocalDate;

import org.integra.IntegraTest;
import org.integra.SignedIn;
import org.integra.system.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The task service asks {@link TaskPolicy} itself, so a viewer is refused whether the
 * call comes from a page, the API or another module, and nothing changes.
 */
@IntegraTest
class TaskServiceRefusesViewersTests {

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	Task task;

	@BeforeEach
	void task() {
		this.task = SignedIn.as("coordinacion", Roles.COORDINATOR,
				() -> this.tasks.create(draft("Llamar al alcalde"), "coordinacion"));
	}

	@AfterEach
	void removeTask() {
		this.jdbc.sql("delete from task where id = ?").param(this.task.getId()).update();
	}

	@Test
	void aViewerMayNotCreateChangeOrCloseATask() {
		long before = this.jdbc.sql("select count(*) from task").query(Long.class).single();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> SignedIn.as("lector", Roles.VIEWER,
				() -> this.tasks.create(draft("Tarea del lector"), "lector")));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> SignedIn.as("lector", Roles.VIEWER,
				() -> this.tasks.update(this.task.getId(), this.task.getVersion(), draft("Cambiada"))));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> SignedIn.as("lector", Roles.VIEWER,
				() -> this.tasks.changeStatus(this.task.getId(), TaskStatus.DONE, null)));

		assertThat(this.jdbc.sql("select count(*) from task").query(Long.class).single()).isEqualTo(before);
		Task unchanged = this.tasks.get(this.task.getId());
		assertThat(unchanged.getTitle()).isEqualTo("Llamar al alcalde");
		assertThat(unchanged.getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void nobodySignedInMayNotCreateATask() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.tasks.create(draft("Tarea sin usuario"), "system"));
	}

	private static TaskDraft draft(String title) {
		return new TaskDraft(title, null, "coordinacion", LocalDate.now().plusDays(3), null, null, null, null);
	}

}
