package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.integra.accounts.Accounts;
import org.integra.accounts.Role;
import org.integra.cities.TestCities;
import org.integra.outreach.Pipeline;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users, candidate cities and tasks for the full-application tests of the tasks module;
 * {@link #close()} deletes the cities made, and their tasks with them.
 */
public final class TaskFixtures implements AutoCloseable {

	public static final String PASSWORD = "feed-digest-test-password";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final ApplicationContext context;

	private final List<Long> createdCities = new ArrayList<>();

	public TaskFixtures(ApplicationContext context) {
		this.context = context;
	}

	/** The text with a suffix no other test uses. */
	public static String unique(String text) {
		return TestCities.unique(text);
	}

	/** A new candidate city with a unique name. */
	public long candidate(String name, String countryCode) {
		long id = this.context.getBean(TestCities.class).create(unique(name), countryCode);
		this.createdCities.add(id);
		this.context.getBean(Pipeline.class).identify(id, "test", "admin");
		return id;
	}

	public long taskId(String title) {
		return jdbc().sql("select max(id) from task where title = ?").param(title).query(Long.class).single();
	}

	/** A new enabled VIEWER with that e-mail (or none) and language. */
	public String user(String prefix, String email, String language) {
		String username = prefix + "." + COUNTER.incrementAndGet() + "." + System.nanoTime() % 100_000;
		Accounts accounts = this.context.getBean(Accounts.class);
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

	@Override
	public void close() {
		// tasks, interactions and assignments go with their city
		this.context.getBean(TestCities.class).delete(this.createdCities);
	}

	private JdbcClient jdbc() {
		return this.context.getBean(JdbcClient.class);
	}

}
