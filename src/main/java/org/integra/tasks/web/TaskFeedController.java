package org.integra.tasks.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.integra.system.BaseUrl;
import org.integra.tasks.CalendarFeeds;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's private calendar feed: whether it exists, create or replace its
 * URL, revoke it.
 */
@Controller
@RequestMapping("/tasks/feed")
class TaskFeedController {

	static final String VIEW = "tasks/feed";

	static final String CREATED_VIEW = "tasks/feed-created";

	private final CalendarFeeds feeds;

	private final FeedTimeFormat times;

	private final BaseUrl baseUrl;

	TaskFeedController(CalendarFeeds feeds, FeedTimeFormat times, BaseUrl baseUrl) {
		this.feeds = feeds;
		this.times = times;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	String show(Principal principal, Model model) {
		this.feeds.of(principal.getName()).ifPresent((feed) -> {
			model.addAttribute("feed", feed);
			model.addAttribute("feedCreated", this.times.format(feed.getCreatedAt()));
			model.addAttribute("feedLastUsed", this.times.format(feed.getLastUsedAt()));
		});
		return VIEW;
	}

	@PostMapping
	String create(Principal principal, Model model, HttpServletResponse response) {
		String token = this.feeds.issue(principal.getName());
		// The URL is its own secret: rendered once, in this response, and stored nowhere.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String url = this.baseUrl.of("/calendar/" + token + ".ics");
		model.addAttribute("feedUrl", url);
		return CREATED_VIEW;
	}

	@PostMapping("/revoke")
	String revoke(Principal principal, RedirectAttributes redirect) {
		this.feeds.revoke(principal.getName());
		redirect.addFlashAttribute("message", "tasks.feed.revoked");
		return "redirect:/tasks/feed";
	}

}
