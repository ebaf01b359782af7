package org.integra.tasks.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.integra.system.ZoneSettings;

import org.springframework.stereotype.Component;

/**
 * Shows instants of the feed and digest pages in the organisation's zone
 * ({@code integra.digest.zone}).
 */
@Component
class FeedTimeFormat {

	private final DateTimeFormatter format;

	FeedTimeFormat(ZoneSettings zone) {
		this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone.zoneId());
	}

	String format(Instant instant) {
		return (instant != null) ? this.format.format(instant) : null;
	}

}
