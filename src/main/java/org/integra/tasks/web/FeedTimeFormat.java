package org.integra.tasks.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.integra.tasks.DailyDigest;

import org.springframework.stereotype.Component;

/**
 * Shows instants of the feed and digest pages in the application's zone.
 */
@Component
class FeedTimeFormat {

	private final DateTimeFormatter format;

	FeedTimeFormat(DailyDigest digest) {
		this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(digest.zone());
	}

	String format(Instant instant) {
		return (instant != null) ? this.format.format(instant) : null;
	}

}
