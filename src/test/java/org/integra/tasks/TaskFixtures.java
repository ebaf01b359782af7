package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.integra.accounts.AccountManagement;
import org.integra.accounts.Role;

import org.springframework.context.ApplicationContext;

/**
 * Users and tasks for the full-application tests of the feed and the digest.
 */
public final class TaskFixtures {

	public static final String PASSWORD = "feed-digest-test-password";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final ApplicationContext context;

	public TaskFixtures(ApplicationContext context) {
		this.context = context;
	}

	/** A new enabled VIEWER with that e-mail (or none) and language. */
	public String user(String prefix, String email, String language) {
		String username = prefix + "." + COUNTER.incrementAndGet() + "." + System.nanoTime() % 100_000;
		AccountManagement accounts = this.context.getBean(AccountManagement.class);
		accounts.create(username, "Usuaria " + username, email, PASSWORD, Set.of(Role.VIEWER));
		accounts.setLanguage(username, language);
		return username;
	}

	public Task task(String assignee, String title, String description, LocalDate due, Long cityId) {
		return this.context.getBean(TaskRepository.class)
			.save(new Task(new TaskDraft(title, description, assignee, due, cityId, null, null, null), null, "admin",
					Instant.now()));
	}

	public Task close(Task task, TaskStatus status) {
		TaskRepository tasks = this.context.getBean(TaskRepository.class);
		Task stored = tasks.findById(task.getId()).orElseThrow();
		stored.close(status, Instant.now());
		return tasks.save(stored);
	}

}
