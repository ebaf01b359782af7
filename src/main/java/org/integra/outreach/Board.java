package org.integra.outreach;

import java.time.LocalDate;
import java.util.List;

import org.integra.ranking.Shortlist;
import org.integra.system.TaskSummary;

/**
 * The pipeline board as a user sees it: the pipeline stages as columns, the exits as a
 * row of drop targets below them, each candidate a card.
 *
 * @param columns the pipeline stages, in order
 * @param exits the exits (declined, on hold)
 * @param mover whether the user moves cards at all
 */
public record Board(List<Column> columns, List<Column> exits, boolean mover) {

	/**
	 * A candidate on the board.
	 *
	 * @param mentors the names of its mentor cities, first assigned first
	 * @param nextTask its open task due first when the application keeps tasks, otherwise
	 * the next step of its most recent interaction that has one; or {@code null}
	 * @param targets the stages the user may move it to
	 */
	public record Card(Candidate candidate, String cityName, String countryCode, Shortlist.StoredScore score,
			long daysInStage, List<Stage> targets, List<String> mentors, NextTask nextTask) {

		/** The stage the card's form offers first: the next one, never a step back. */
		public Stage suggested() {
			return StageTransitions.suggested(this.candidate.getStage(), this.targets).orElse(null);
		}

	}

	/**
	 * A next step agreed in an interaction: what, who, by when, whether it is late, and
	 * the task's page when it is a task.
	 */
	public record NextTask(String text, String assignee, LocalDate due, boolean overdue, String href) {

		static NextTask of(Interaction interaction, LocalDate today) {
			LocalDate due = interaction.getNextStepDue();
			return new NextTask(interaction.getNextStep(), interaction.getNextStepAssignee(), due,
					due != null && due.isBefore(today), null);
		}

		static NextTask of(TaskSummary task) {
			return new NextTask(task.title(), task.assignee(), task.dueOn(), task.overdue(), task.href());
		}

	}

	/** One column of the board, its cards by city name. */
	public record Column(Stage stage, List<Card> cards) {
	}

}
