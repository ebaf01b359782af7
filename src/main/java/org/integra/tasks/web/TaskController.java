package org.integra.tasks.web;

import java.util.ArrayList;
import java.util.List;

import org.integra.accounts.Assignees;
import org.integra.audit.AuditTrail;
import org.integra.outreach.CandidateScope;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;
import org.integra.system.Actor;
import org.integra.tasks.Task;
import org.integra.tasks.TaskPolicy;
import org.integra.tasks.TaskRules;
import org.integra.tasks.Tasks;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page, and creating and changing a task.
 */
@Controller
class TaskController {

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

	@GetMapping("/tasks/new")
	String initCreationForm(@RequestParam(required = false) String cityId,
			@RequestParam(required = false) String organizationId, @RequestParam(required = false) String personId,
			Authentication user, Model model) {
		TaskForm form = new TaskForm();
		form.setAssignee(user.getName());
		form.setCityId(TaskParams.id(cityId));
		requireLinkable(form.getCityId(), null);
		this.tasks.requireReachable(TaskParams.id(organizationId), TaskParams.id(personId), null);
		if (this.links.cityName(form.getCityId()) == null) {
			form.setCityId(null);
		}
		form.setOrganizationId(
				existing(TaskParams.id(organizationId), this.links.organizationName(TaskParams.id(organizationId))));
		form.setPersonId(existing(TaskParams.id(personId), this.links.personName(TaskParams.id(personId))));
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
			ex.copyTo(result, TaskForm.FIELDS);
			return form(model, form, null);
		}
		redirect.addFlashAttribute("message", "tasks.created");
		return "redirect:/tasks/" + task.getId();
	}

	@GetMapping("/tasks/{id:\\d+}")
	String show(@PathVariable long id, Actor actor, Model model) {
		Task task = this.tasks.visible(id);
		model.addAttribute("task", task);
		model.addAttribute("cityName", this.links.cityName(task.getCityId()));
		model.addAttribute("organizationName", this.links.organizationName(task.getOrganizationId()));
		model.addAttribute("personName", this.links.personName(task.getPersonId()));
		model.addAttribute("overdue", task.isOverdueOn(this.tasks.today()));
		model.addAttribute("mayEdit", TaskPolicy.of(actor).mayEditTasks());
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
			ex.copyTo(result, TaskForm.FIELDS);
			return form(model, form, task);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("tasks.edit.stale");
			return form(model, form, task);
		}
		redirect.addFlashAttribute("message", "tasks.updated");
		return "redirect:/tasks/" + id;
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

	private static Long existing(Long id, String name) {
		return (name == null) ? null : id;
	}

	/** Adds what the rules refuse to the binding errors, so that the form shows all. */
	private void checkToo(TaskForm form, Task task, BindingResult result) {
		try {
			this.tasks.check(form.toDraft(null), (task != null) ? task.getId() : null);
		}
		catch (ValidationFailedException ex) {
			ex.addMissingTo(result, TaskForm.FIELDS);
		}
	}

}
