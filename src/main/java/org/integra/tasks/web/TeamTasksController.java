package org.integra.tasks.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integra.system.MessageKeys;
import org.integra.tasks.Task;
import org.integra.tasks.TaskQuery;
import org.integra.tasks.TaskStatus;
import org.integra.tasks.Tasks;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The team view: every task, filtered, sorted and page by page.
 */
@Controller
class TeamTasksController {

	static final int PAGE_SIZE = 25;

	static final List<String> SORTS = List.of("due", "due-desc", "title", "assignee", "status", "created");

	/** Each sort's label key: the sort keeps its kebab-case in the address. */
	static final Map<String, String> SORT_LABELS = SORTS.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), (sort) -> MessageKeys.of("tasks.sort", sort)));

	private final Tasks tasks;

	private final TaskLinks links;

	TeamTasksController(Tasks tasks, TaskLinks links) {
		this.tasks = tasks;
		this.links = links;
	}

	@GetMapping("/tasks/team")
	String team(@RequestParam(required = false) String assignee, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cityId, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String dueAfter, @RequestParam(required = false) String dueBefore,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") String page, Model model) {
		String assigneeValue = (assignee != null
				&& this.tasks.assignees(Locale.ROOT).stream().anyMatch((a) -> a.username().equals(assignee))) ? assignee
						: null;
		String text = (q == null) ? null : q.strip();
		Filter filter = new Filter(assigneeValue, TaskParams.status(status), TaskParams.id(cityId),
				TaskParams.date(dueAfter), TaskParams.date(dueBefore), "true".equals(overdue), text,
				(sort != null && SORTS.contains(sort)) ? sort : "due");
		int pageNumber = TaskParams.page(page);
		Page<Task> result = this.tasks.search(filter.query(),
				PageRequest.of(pageNumber - 1, PAGE_SIZE, sortOf(filter.sort())));
		model.addAttribute("tasks", result);
		model.addAttribute("cityNames", this.links.cityNames(result.getContent()));
		model.addAttribute("assignees", this.tasks.assignees(LocaleContextHolder.getLocale()));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("sorts", SORTS);
		model.addAttribute("sortLabels", SORT_LABELS);
		model.addAttribute("assignee", filter.assignee());
		model.addAttribute("status", filter.status());
		model.addAttribute("cityId", filter.cityId());
		model.addAttribute("cityName", this.links.cityName(filter.cityId()));
		model.addAttribute("cities", this.links.candidateCities());
		model.addAttribute("dueAfter", filter.dueAfter());
		model.addAttribute("dueBefore", filter.dueBefore());
		model.addAttribute("overdue", filter.overdue());
		model.addAttribute("q", filter.q());
		model.addAttribute("sort", filter.sort());
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("previousHref", filter.link(pageNumber - 1));
		model.addAttribute("nextHref", filter.link(pageNumber + 1));
		return "tasks/team";
	}

	static Sort sortOf(String key) {
		return switch (key) {
			case "due-desc" -> Sort.by(Sort.Order.desc("dueOn").nullsLast(), Sort.Order.desc("id"));
			case "title" -> Sort.by("title", "id");
			case "assignee" -> Sort.by("assignee", "dueOn", "id");
			case "status" -> Sort.by("status", "dueOn", "id");
			case "created" -> Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
			default -> Sort.by(Sort.Order.asc("dueOn").nullsLast(), Sort.Order.asc("id"));
		};
	}

	/** The team view's filter, for the search and the paging links. */
	private record Filter(String assignee, TaskStatus status, Long cityId, LocalDate dueAfter, LocalDate dueBefore,
			boolean overdue, String q, String sort) {

		TaskQuery query() {
			return new TaskQuery(this.assignee, this.status, this.cityId, this.dueAfter, this.dueBefore, this.overdue,
					this.q);
		}

		String link(int page) {
			return UriComponentsBuilder.fromPath("/tasks/team")
				.queryParamIfPresent("assignee", Optional.ofNullable(this.assignee))
				.queryParamIfPresent("status", Optional.ofNullable(this.status))
				.queryParamIfPresent("cityId", Optional.ofNullable(this.cityId))
				.queryParamIfPresent("dueAfter", Optional.ofNullable(this.dueAfter))
				.queryParamIfPresent("dueBefore", Optional.ofNullable(this.dueBefore))
				.queryParamIfPresent("overdue", this.overdue ? Optional.of("true") : Optional.empty())
				.queryParamIfPresent("q", Optional.ofNullable((this.q == null || this.q.isEmpty()) ? null : this.q))
				.queryParam("sort", this.sort)
				.queryParam("page", page)
				.encode()
				.build()
				.toUriString();
		}

	}

}
