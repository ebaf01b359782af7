package org.integra.outreach.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.integra.outreach.Board;
import org.integra.outreach.BoardView;
import org.integra.outreach.MoveRefusedException;
import org.integra.outreach.OutreachPolicy;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.integra.system.Actor;
import org.integra.system.RequestParams;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pipeline board: the stages as columns, each candidate a card, and moving a card to
 * another stage (with htmx the board is swapped in place; without, the page reloads).
 */
@Controller
class BoardController {

	static final String VIEW = "outreach/board";

	static final String FRAGMENT = "outreach/board :: board";

	private final Pipeline pipeline;

	private final BoardView boards;

	BoardController(Pipeline pipeline, BoardView boards) {
		this.pipeline = pipeline;
		this.boards = boards;
	}

	@GetMapping("/outreach/board")
	String board(Actor actor, Model model) {
		boardModel(OutreachPolicy.of(actor), model);
		return VIEW;
	}

	@PostMapping("/outreach/candidates/{cityId:\\d+}/move")
	String move(@PathVariable long cityId, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String note, @RequestParam(required = false) String version,
			@RequestParam(required = false) String back, HtmxRequest htmx, Actor actor, Model model,
			RedirectAttributes redirect) {
		OutreachPolicy policy = OutreachPolicy.of(actor);
		String problem = null;
		Stage target = parseStage(stage);
		if (target == null) {
			problem = "outreach.move.refused.unknownStage";
		}
		else {
			try {
				this.pipeline.move(cityId, target, note, policy, RequestParams.id(version));
			}
			catch (MoveRefusedException ex) {
				problem = ex.getMessageKey();
			}
			catch (OptimisticLockingFailureException ex) {
				problem = "outreach.move.stale";
			}
		}
		if (htmx.isHtmxRequest()) {
			model.addAttribute("problem", problem);
			model.addAttribute("movedMessage", (problem == null) ? "outreach.move.done" : null);
			model.addAttribute("movedCityId", cityId);
			boardModel(policy, model);
			return FRAGMENT;
		}
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
		}
		else {
			redirect.addFlashAttribute("message", "outreach.move.done");
		}
		return "candidate".equals(back) ? "redirect:/outreach/candidates/" + cityId : "redirect:/outreach/board";
	}

	private void boardModel(OutreachPolicy policy, Model model) {
		Board board = this.boards.board(policy);
		model.addAttribute("columns", board.columns());
		model.addAttribute("exits", board.exits());
		model.addAttribute("mover", board.mover());
		model.addAttribute("noteMax", Pipeline.NOTE_MAX);
	}

	static Stage parseStage(String text) {
		return RequestParams.constant(Stage.class, text);
	}

}
