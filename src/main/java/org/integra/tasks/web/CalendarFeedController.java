package org.integra.tasks.web;

import java.nio.charset.StandardCharsets;

import org.integra.system.BaseUrl;
import org.integra.tasks.CalendarFeeds;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The iCalendar feed calendar clients subscribe to. Anyone with the URL reads it; an
 * unknown and a revoked token both answer a bare 404, so neither can be told apart.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

	private final CalendarFeeds feeds;

	private final BaseUrl baseUrl;

	CalendarFeedController(CalendarFeeds feeds, BaseUrl baseUrl) {
		this.feeds = feeds;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		String taskUrl = this.baseUrl.of("/tasks/{id}");
		return this.feeds.calendar(token, taskUrl)
			.map((calendar) -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"integra.ics\"")
				.body(calendar.getBytes(StandardCharsets.UTF_8)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
