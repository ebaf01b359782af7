package org.integra.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.integra.events.InvitationRules.Answer;
import org.integra.events.InvitationRules.Decision;
import org.integra.events.InvitationRules.EventState;
import org.integra.events.InvitationRules.Waiting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationRulesTests {

	static final LocalDate DEADLINE = LocalDate.of(2017, 10, 31);

	static final LocalDate START = LocalDate.of(2017, 11, 16);

	@Test
	void anInviteeAcceptsOrDeclinesUntilTheDeadlineIncluded() {
		EventState open = state(EventStatus.ANNOUNCED, null, 0, 0);
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 2, open, DEADLINE).status())
			.isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(answer(InvitationStatus.SENT, Answer.DECLINE, 0, open, DEADLINE).status())
			.isEqualTo(InvitationStatus.DECLINED);
		assertThat(answer(InvitationStatus.DECLINED, Answer.ACCEPT, 1, open, DEADLINE).status())
			.isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(answer(InvitationStatus.ACCEPTED, Answer.DECLINE, 0, open, DEADLINE).status())
			.isEqualTo(InvitationStatus.DECLINED);
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 1, open, DEADLINE.plusDays(1)).refusal())
			.isEqualTo("events.answer.refused.deadline");
	}

	@Test
	void withoutADeadlineAnswersAreTakenUntilTheFirstDay() {
		EventState open = new EventState(EventStatus.ANNOUNCED, null, START, null, 0, 0);
		assertThat(InvitationRules.answer(InvitationStatus.SENT, Answer.ACCEPT, 1, open, START, false).status())
			.isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(InvitationRules.answer(InvitationStatus.SENT, Answer.ACCEPT, 1, open, START.plusDays(1), false)
			.refusal()).isEqualTo("events.answer.refused.deadline");
	}

	@Test
	void staffRecordAnAnswerReceivedAfterTheDeadlineOrWhileRegistrationIsClosed() {
		EventState closed = state(EventStatus.REGISTRATION_CLOSED, null, 0, 0);
		assertThat(InvitationRules.answer(InvitationStatus.SENT, Answer.ACCEPT, 1, closed, START, true).status())
			.isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 1, closed, DEADLINE).refusal())
			.isEqualTo("events.answer.refused.closed");
		for (EventStatus over : List.of(EventStatus.DRAFT, EventStatus.HELD, EventStatus.CANCELLED)) {
			assertThat(InvitationRules
				.answer(InvitationStatus.SENT, Answer.ACCEPT, 1, state(over, null, 0, 0), DEADLINE, true)
				.refusal()).as(over.name()).isEqualTo("events.answer.refused.closed");
		}
	}

	@Test
	void aRequestOrAWithdrawnInvitationIsNotAnswered() {
		EventState open = state(EventStatus.ANNOUNCED, null, 0, 0);
		for (InvitationStatus status : List.of(InvitationStatus.REQUESTED, InvitationStatus.WITHDRAWN)) {
			assertThat(answer(status, Answer.ACCEPT, 1, open, DEADLINE).refusal()).as(status.name())
				.isEqualTo("events.answer.refused.notInvited");
		}
	}

	@Test
	void thePartyIsOneToTwenty() {
		EventState open = state(EventStatus.ANNOUNCED, null, 0, 0);
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 0, open, DEADLINE).refusal())
			.isEqualTo("events.answer.refused.party");
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 21, open, DEADLINE).refusal())
			.isEqualTo("events.answer.refused.party");
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 20, open, DEADLINE).status())
			.isEqualTo(InvitationStatus.ACCEPTED);
	}

	@Test
	void anAcceptanceThatDoesNotFitGoesToTheWaitingListAndSoDoesOneBehindAQueue() {
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 2, state(EventStatus.ANNOUNCED, 10, 9, 0), DEADLINE)
			.status()).isEqualTo(InvitationStatus.WAITLISTED);
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 1, state(EventStatus.ANNOUNCED, 10, 9, 0), DEADLINE)
			.status()).isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(answer(InvitationStatus.SENT, Answer.ACCEPT, 1, state(EventStatus.ANNOUNCED, 10, 5, 1), DEADLINE)
			.status()).isEqualTo(InvitationStatus.WAITLISTED);
	}

	@Test
	void anAcceptedInviteeChangingThePartyKeepsTheSeatOrIsRefused() {
		assertThat(answer(InvitationStatus.ACCEPTED, Answer.ACCEPT, 3, state(EventStatus.ANNOUNCED, 10, 7, 2), DEADLINE)
			.status()).isEqualTo(InvitationStatus.ACCEPTED);
		Decision tooMany = answer(InvitationStatus.ACCEPTED, Answer.ACCEPT, 4, state(EventStatus.ANNOUNCED, 10, 7, 0),
				DEADLINE);
		assertThat(tooMany.refusal()).isEqualTo("events.answer.refused.full");
		assertThat(
				answer(InvitationStatus.WAITLISTED, Answer.ACCEPT, 1, state(EventStatus.ANNOUNCED, 10, 0, 0), DEADLINE)
					.status())
			.isEqualTo(InvitationStatus.WAITLISTED);
	}

	@Test
	void freedSeatsGoToTheWaitingListInOrderAndNobodyJumpsTheLine() {
		List<Waiting> queue = List.of(new Waiting(1, 2), new Waiting(2, 5), new Waiting(3, 1));
		assertThat(InvitationRules.promoted(queue, 10, 7)).containsExactly(1L);
		assertThat(InvitationRules.promoted(queue, 10, 8)).containsExactly(1L);
		assertThat(InvitationRules.promoted(queue, 10, 9)).isEmpty();
		assertThat(InvitationRules.promoted(queue, 10, 2)).containsExactly(1L, 2L, 3L);
		assertThat(InvitationRules.promoted(queue, null, 500)).containsExactly(1L, 2L, 3L);
		assertThat(InvitationRules.promoted(List.of(), 10, 0)).isEmpty();
	}

	@Test
	void remindersGoOnlyToTheChosenWhoStillHaveNotAnswered() {
		Map<Long, InvitationStatus> statuses = Map.of(1L, InvitationStatus.SENT, 2L, InvitationStatus.ACCEPTED, 3L,
				InvitationStatus.SENT, 4L, InvitationStatus.DECLINED);
		assertThat(InvitationRules.reminded(List.of(1L, 2L, 4L, 9L, 1L), statuses)).containsExactly(1L);
	}

	@Test
	void aReminderIsSetForADayFromTodayToTheDeadlineOfAnAnnouncedEvent() {
		EventState open = state(EventStatus.ANNOUNCED, null, 0, 0);
		LocalDate today = LocalDate.of(2017, 10, 1);
		assertThat(InvitationRules.reminderRefusal(today, today, open)).isNull();
		assertThat(InvitationRules.reminderRefusal(DEADLINE, today, open)).isNull();
		assertThat(InvitationRules.reminderRefusal(null, today, open)).isEqualTo("events.reminder.refused.noDate");
		assertThat(InvitationRules.reminderRefusal(today.minusDays(1), today, open))
			.isEqualTo("events.reminder.refused.past");
		assertThat(InvitationRules.reminderRefusal(DEADLINE.plusDays(1), today, open))
			.isEqualTo("events.reminder.refused.afterDeadline");
		assertThat(InvitationRules.reminderRefusal(today, today, state(EventStatus.DRAFT, null, 0, 0)))
			.isEqualTo("events.reminder.refused.notAnnounced");
	}

	private static EventState state(EventStatus status, Integer capacity, int taken, int waiting) {
		return new EventState(status, DEADLINE, START, capacity, taken, waiting);
	}

	private static Decision answer(InvitationStatus current, Answer answer, int party, EventState event,
			LocalDate today) {
		return InvitationRules.answer(current, answer, party, event, today, false);
	}

}
