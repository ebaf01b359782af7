package org.integra.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.accounts.Assignees;
import org.integra.audit.AuditTrail;
import org.integra.cities.CitySummary;
import org.integra.outreach.CandidateScope;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;
import org.integra.system.Actor;
import org.integra.tasks.Task;
import org.integra.tasks.TaskPolicy;
import org.integra.tasks.TaskQuery;
import org.integra.tasks.TaskRules;
import org.integra.tasks.TaskRules.Agenda;
import org.integra.tasks.TaskStatus;
import org.integra.tasks.Tasks;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The task pages: my tasks, the team view, creating, showing, changing and closing a
 * task.
 */
@Controller
class TaskController {

	static final int PAGE_SIZE = 25;

	static final List<String> SORTS = List.of("due", "due-desc", "title", "assignee", "status", "created");

	private final Tasks tasks;

	private final TaskLinks links;

	private final CandidateScope scope;

	private final AuditTrail auditTrail;

	TaskController(Tasks tasks, TaskLinks links, CandidateScope scope, AuditTrail auditTrail) {
		this.tasks = tasks;
		this.links = links;
		this.scope = scope;
		this.auditTrail = auditTrail;
	}

	@InitBinder("taskForm")
	void setAllowedFields(WebDataBinder binder) {
		binder.setAllowedFields(TaskForm.FIELDS.toArray(String[]::new));
	}

	@GetMapping("/tasks")
	String mine(Authentication user, Model model) {
		mineModel(user, model);
		return "tasks/mine";
	}

	private void mineModel(Authentication user, Model model) {
		Agenda agenda = this.tasks.agendaOf(user.getName());
		model.addAttribute("agenda", agenda);
		model.addAttribute("cityNames",
				cityNames(Stream.of(agenda.overdue(), agenda.today(), agenda.upcoming(), agenda.undated())
					.flatMap(List::stream)
					.toList()));
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("mayEdit", TaskPolicy.of(Actor.of(user)).mayEditTasks());
	}

	@GetMapping("/tasks/team")
	String team(@RequestParam(required = false) String assignee, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cityId, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String dueAfter, @RequestParam(required = false) String dueBefore,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") String page, Model model) {
		LocalDate after = parseDate(dueAfter);
		LocalDate before = parseDate(dueBefore);
		TaskStatus statusValue = parseStatus(status);
		Long city = parseId(cityId);
		boolean overdueOnly = "true".equals(overdue);
		String sortKey = (sort != null && SORTS.contains(sort)) ? sort : "due";
		String text = (q == null) ? null : q.strip();
		int pageNumber = parsePage(page);
		String assigneeValue = (assignee != null && this.tasks.assignees().contains(assignee)) ? assignee : null;
		Page<Task> result = this.tasks.search(
				new TaskQuery(assigneeValue, statusValue, city, after, before, overdueOnly, text),
				PageRequest.of(pageNumber - 1, PAGE_SIZE, sortOf(sortKey)));
		model.addAttribute("tasks", result);
		model.addAttribute("cityNames", cityNames(result.getContent()));
		model.addAttribute("assignees", this.tasks.assignees(LocaleContextHolder.getLocale()));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("sorts", SORTS);
		model.addAttribute("assignee", assigneeValue);
		model.addAttribute("status", statusValue);
		model.addAttribute("cityId", city);
		model.addAttribute("cityName", this.links.cityName(city));
		model.addAttribute("cities", this.links.candidateCities());
		model.addAttribute("dueAfter", after);
		model.addAttribute("dueBefore", before);
		model.addAttribute("overdue", overdueOnly);
		model.addAttribute("q", text);
		model.addAttribute("sort", sortKey);
		model.addAttribute("today", this.tasks.today());
		Filter filter = new Filter(assigneeValue, statusValue, city, after, before, overdueOnly, text, sortKey);
		model.addAttribute("previousHref", link(filter, pageNumber - 1));
		model.addAttribute("nextHref", link(filter, pageNumber + 1));
		return "tasks/team";
	}

	@GetMapping("/tasks/new")
	String initCreationForm(@RequestParam(required = false) String cityId,
			@RequestParam(required = false) String organizationId, @RequestParam(required = false) String personId,
			Authentication user, Model model) {
		TaskForm form = new TaskForm();
		form.setAssignee(user.getName());
		form.setCityId(parseId(cityId));
		requireLinkable(form.getCityId(), null);
		this.tasks.requireReachable(parseId(organizationId), parseId(personId), null);
		if (this.links.cityName(form.getCityId()) == null) {
			form.setCityId(null);
		}
		form.setOrganizationId(existing(parseId(organizationId), this.links.organizationName(parseId(organizationId))));
		form.setPersonId(existing(parseId(personId), this.links.personName(parseId(personId))));
		model.addAttribute("taskForm", form);
		return form(model, form, null);
	}

	@PostMapping("/tasks/new")
	String processCreationForm(@ModelAttribute("taskForm") TaskForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		requireLinkable(form.getCityId(), null);
		this.tasks.requireReachable(form.getOrganizationId(), form.getPersonId(), null);
		if (result.hasErrors()) {
			checkToo(form, null, result);
			return form(model, form, null);
		}
		Task task;
		try {
			task = this.tasks.create(form.toDraft(null), user.getName());
		}
		catch (ValidationFailedException ex) {
			copyErrors(ex, result);
			return form(model, form, null);
		}
		redirect.addFlashAttribute("message", "tasks.created");
		return "redirect:/tasks/" + task.getId();
	}

	@GetMapping("/tasks/{id:\\d+}")
	String show(@PathVariable long id, Authentication user, Model model) {
		Task task = this.tasks.visible(id);
		model.addAttribute("task", task);
		model.addAttribute("cityName", this.links.cityName(task.getCityId()));
		model.addAttribute("organizationName", this.links.organizationName(task.getOrganizationId()));
		model.addAttribute("personName", this.links.personName(task.getPersonId()));
		model.addAttribute("overdue", task.isOverdueOn(this.tasks.today()));
		model.addAttribute("mayEdit", TaskPolicy.of(Actor.of(user)).mayEditTasks());
		model.addAttribute("history", this.auditTrail.historyOf("Task", id));
		return "tasks/task";
	}

	@GetMapping("/tasks/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		Task task = this.tasks.visible(id);
		TaskForm form = TaskForm.of(task);
		model.addAttribute("taskForm", form);
		return form(model, form, task);
	}

	@PostMapping("/tasks/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("taskForm") TaskForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Task task = this.tasks.visible(id);
		requireLinkable(form.getCityId(), task);
		this.tasks.requireReachable(form.getOrganizationId(), form.getPersonId(), task);
		if (result.hasErrors()) {
			checkToo(form, task, result);
			return form(model, form, task);
		}
		try {
			this.tasks.update(id, (form.getVersion() == null) ? -1 : form.getVersion(),
					form.toDraft(task.getEventId()));
		}
		catch (ValidationFailedException ex) {
			copyErrors(ex, result);
			return form(model, form, task);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("tasks.edit.stale");
			return form(model, form, task);
		}
		redirect.addFlashAttribute("message", "tasks.updated");
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id:\\d+}/status")
	String changeStatus(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String version, @RequestParam(required = false) String back,
			HtmxRequest htmx, Authentication user, Model model, RedirectAttributes redirect) {
		this.tasks.visible(id);
		TaskStatus target = parseStatus(status);
		String problem = null;
		if (target == null) {
			problem = "tasks.task.status.refused";
		}
		else {
			try {
				Long expected = parseId(version);
				this.tasks.changeStatus(id, target, (version == null || version.isBlank()) ? null
						: (expected == null) ? Long.valueOf(-1) : expected);
			}
			catch (ValidationFailedException ex) {
				problem = "tasks.task.status.refused";
			}
			catch (OptimisticLockingFailureException ex) {
				problem = "tasks.status.stale";
			}
		}
		if (htmx.isHtmxRequest() && "mine".equals(back)) {
			// the list is swapped in place: the task leaves it, and the counts follow
			mineModel(user, model);
			model.addAttribute("doneProblem", problem);
			model.addAttribute("doneMessage", (problem == null) ? "tasks.status.changed." + target.name() : null);
			return "tasks/mine :: agenda";
		}
		if (problem != null) {
			redirect.addFlashAttribute("error", problem);
		}
		else {
			redirect.addFlashAttribute("message", "tasks.status.changed." + target.name());
		}
		if ("mine".equals(back)) {
			return "redirect:/tasks";
		}
		return "team".equals(back) ? "redirect:/tasks/team" : "redirect:/tasks/" + id;
	}

	private String form(Model model, TaskForm form, Task task) {
		model.addAttribute("task", task);
		List<Assignees.Assignee> assignees = new ArrayList<>(this.tasks.assignees(LocaleContextHolder.getLocale()));
		if (form.getAssignee() != null && assignees.stream().noneMatch((a) -> a.username().equals(form.getAssignee()))
				&& task != null && form.getAssignee().equals(task.getAssignee())) {
			// kept as it is: the current assignee, even when no longer one who can be
			// assigned
			assignees.add(new Assignees.Assignee(form.getAssignee(), form.getAssignee()));
		}
		model.addAttribute("assignees", assignees);
		model.addAttribute("cityName", this.links.cityName(form.getCityId()));
		model.addAttribute("organizationName", this.links.organizationName(form.getOrganizationId()));
		model.addAttribute("personName", this.links.personName(form.getPersonId()));
		model.addAttribute("titleMax", TaskRules.TITLE_MAX);
		model.addAttribute("descriptionMax", TaskRules.DESCRIPTION_MAX);
		return "tasks/form";
	}

	/**
	 * A city the user may link a task to: one that exists and, for a mentor, in scope.
	 */
	private void requireLinkable(Long cityId, Task task) {
		if (cityId == null || (task != null && cityId.equals(task.getCityId()))) {
			return;
		}
		if (this.links.cityName(cityId) != null && !this.scope.current().includes(cityId)) {
			throw new NotFoundException("tasks.city.notFound", cityId);
		}
	}

	private Map<Long, String> cityNames(List<Task> tasks) {
		Map<Long, String> names = new java.util.HashMap<>();
		Map<Long, CitySummary> cities = this.links.cities(tasks.stream().map(Task::getCityId).distinct().toList());
		cities.forEach((id, city) -> names.put(id, city.name()));
		return names;
	}

	private static Long existing(Long id, String name) {
		return (name == null) ? null : id;
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

	/** The team view's filter, for the paging links. */
	private record Filter(String assignee, TaskStatus status, Long cityId, LocalDate dueAfter, LocalDate dueBefore,
			boolean overdue, String q, String sort) {
	}

	private static String link(Filter filter, int page) {
		String q = filter.q();
		return UriComponentsBuilder.fromPath("/tasks/team")
			.queryParamIfPresent("assignee", java.util.Optional.ofNullable(filter.assignee()))
			.queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
			.queryParamIfPresent("cityId", java.util.Optional.ofNullable(filter.cityId()))
			.queryParamIfPresent("dueAfter", java.util.Optional.ofNullable(filter.dueAfter()))
			.queryParamIfPresent("dueBefore", java.util.Optional.ofNullable(filter.dueBefore()))
			.queryParamIfPresent("overdue",
					filter.overdue() ? java.util.Optional.of("true") : java.util.Optional.empty())
			.queryParamIfPresent("q", java.util.Optional.ofNullable((q == null || q.isEmpty()) ? null : q))
			.queryParam("sort", filter.sort())
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

	static TaskStatus parseStatus(String text) {
		if (text == null) {
			return null;
		}
		for (TaskStatus value : TaskStatus.values()) {
			if (value.name().equalsIgnoreCase(text.strip())) {
				return value;
			}
		}
		return null;
	}

	static LocalDate parseDate(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	static Long parseId(String text) {
		return (text != null && text.strip().matches("\\d{1,18}")) ? Long.valueOf(text.strip()) : null;
	}

	static int parsePage(String page) {
		try {
			return Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** Adds what the rules refuse to the binding errors, so that the form shows all. */
	private void checkToo(TaskForm form, Task task, BindingResult result) {
		try {
			this.tasks.check(form.toDraft(null), (task != null) ? task.getId() : null);
		}
		catch (ValidationFailedException ex) {
			for (ObjectError error : ex.getErrors().getAllErrors()) {
				if (error instanceof FieldError field && TaskForm.FIELDS.contains(field.getField())
						&& !result.hasFieldErrors(field.getField())) {
					result.rejectValue(field.getField(), field.getCode());
				}
			}
		}
	}

	static void copyErrors(ValidationFailedException ex, BindingResult result) {
		for (ObjectError error : ex.getErrors().getAllErrors()) {
			if (error instanceof FieldError field && TaskForm.FIELDS.contains(field.getField())) {
				result.rejectValue(field.getField(), field.getCode());
			}
			else {
				result.reject(error.getCode());
			}
		}
	}

}
