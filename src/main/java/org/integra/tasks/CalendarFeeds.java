package org.integra.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.integra.accounts.Accounts;
import org.integra.system.SecretTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's private iCalendar feed of their open tasks: created, replaced and revoked
 * by its owner, read by calendar clients with the secret token alone.
 */
@Service
public class CalendarFeeds {

	static final String TOKEN_PREFIX = "itc_";

	static final String PRODUCT_ID = "-//Integra//Tasks//EN";

	private final CalendarFeedRepository feeds;

	private final Tasks tasks;

	private final Accounts accounts;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository feeds, Tasks tasks, Accounts accounts, Clock clock) {
		this.feeds = feeds;
		this.tasks = tasks;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The user's feed, if they have one. */
	@Transactional(readOnly = true)
	public Optional<CalendarFeed> of(String username) {
		return this.feeds.findById(username);
	}

	/**
	 * Creates the user's feed, or replaces its token (the old URL stops working), and
	 * returns the new secret token, which is never shown again.
	 */
	@Transactional
	public String issue(String username) {
		String token = SecretTokens.create(TOKEN_PREFIX);
		Instant now = this.clock.instant();
		this.feeds.findById(username)
			.ifPresentOrElse((feed) -> feed.replace(hash(token), now),
					() -> this.feeds.save(new CalendarFeed(username, hash(token), now)));
		return token;
	}

	/** Revokes the user's feed, if they have one; its URL answers 404 from now on. */
	@Transactional
	public void revoke(String username) {
		this.feeds.findById(username).ifPresent(this.feeds::delete);
	}

	/**
	 * The calendar of the open tasks of the feed's owner, or nothing when the token is
	 * unknown, revoked or its owner disabled.
	 * @param token the secret token of the URL
	 * @param taskUrl the URL of a task's page, with {@code {id}} for its id
	 */
	@Transactional
	public Optional<String> calendar(String token, String taskUrl) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.feeds.findByTokenHash(hash(token))
			.filter((feed) -> this.accounts.isEnabledUser(feed.getUsername()))
			.map((feed) -> {
				feed.markUsed(now);
				List<ICalendarWriter.Todo> todos = this.tasks.openAssignedTo(feed.getUsername())
					.stream()
					.map((task) -> new ICalendarWriter.Todo("task-" + task.getId() + "@integra", task.getDueOn(),
							task.getTitle(), task.getDescription(),
							taskUrl.replace("{id}", String.valueOf(task.getId()))))
					.toList();
				return ICalendarWriter.write(PRODUCT_ID, "Integra", now, todos);
			});
	}

	static String hash(String token) {
		return SecretTokens.hash(token);
	}

}
