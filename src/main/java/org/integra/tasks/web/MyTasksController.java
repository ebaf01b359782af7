package org.integra.tasks.web;

import java.util.List;
import java.util.stream.Stream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.system.Actor;
import org.integra.system.ValidationFailedException;
import org.integra.tasks.TaskPolicy;
import org.integra.tasks.TaskRules.Agenda;
import org.integra.tasks.TaskStatus;
import org.integra.tasks.Tasks;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My tasks: the signed-in user's open tasks by when they are due, and closing or
 * reopening a task from there (or from the team view and the task's page, which get their
 * page back).
 */
@Controller
class MyTasksController {

	static final String VIEW = "tasks/mine";

	static final String AGENDA = "tasks/mine :: agenda";

	private final Tasks tasks;

	private final TaskLinks links;

	MyTasksController(Tasks tasks, TaskLinks links) {
		this.tasks = tasks;
		this.links = links;
	}

	@GetMapping("/tasks")
	String mine(Actor actor, Model model) {
		agendaModel(actor, model);
		return VIEW;
	}

	@PostMapping("/tasks/{id:\\d+}/status")
	String changeStatus(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String version, @RequestParam(required = false) String back,
			HtmxRequest htmx, Actor actor, Model model, RedirectAttributes redirect) {
		this.tasks.visible(id);
		TaskStatus target = TaskParams.status(status);
		String problem = null;
		if (target == null) {
			problem = "tasks.task.status.refused";
		}
		else {
			try {
				Long expected = TaskParams.id(version);
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
			agendaModel(actor, model);
			model.addAttribute("doneProblem", problem);
			model.addAttribute("doneMessage", (problem == null) ? "tasks.status.changed." + target.name() : null);
			return AGENDA;
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

	private void agendaModel(Actor actor, Model model) {
		Agenda agenda = this.tasks.agendaOf(actor.username());
		model.addAttribute("agenda", agenda);
		model.addAttribute("cityNames",
				this.links.cityNames(Stream.of(agenda.overdue(), agenda.today(), agenda.upcoming(), agenda.undated())
					.flatMap(List::stream)
					.toList()));
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("mayEdit", TaskPolicy.of(actor).mayEditTasks());
	}

}
