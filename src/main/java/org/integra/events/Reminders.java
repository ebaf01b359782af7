package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integra.events.InvitationEntry.Action;
import org.integra.events.InvitationRules.EventState;
import org.integra.system.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders the team schedules for the invitees they choose: on the day, each chosen
 * invitee who still has not answered gets an e-mail with a link of their own; those who
 * answered in the meantime get nothing.
 */
@Service
@Transactional(readOnly = true)
public class Reminders {

	private final Events events;

	private final ReminderRepository reminders;

	private final InvitationRepository invitations;

	private final InvitationEntryRepository history;

	private final InvitationMail mail;

	private final Links links;

	private final Clock clock;

	Reminders(Events events, ReminderRepository reminders, InvitationRepository invitations,
			InvitationEntryRepository history, InvitationMail mail, Links links, Clock clock) {
		this.events = events;
		this.reminders = reminders;
		this.invitations = invitations;
		this.history = history;
		this.mail = mail;
		this.links = links;
		this.clock = clock;
	}

	/** The event's reminders, by day. */
	public List<Reminder> of(long eventId) {
		return this.reminders.findByEventIdOrderBySendOnAscIdAsc(eventId);
	}

	/**
	 * Schedules a reminder for the chosen invitations of the event that have no answer;
	 * ids of other events' invitations are ignored.
	 * @throws InvitationRefusedException when the day is refused or nobody chosen awaits
	 * an answer
	 */
	@Transactional
	public Reminder schedule(long eventId, LocalDate sendOn, List<Long> invitationIds, Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("events");
		}
		Event event = this.events.get(eventId);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), event.zone());
		String refusal = InvitationRules.reminderRefusal(sendOn, today, new EventState(event.getStatus(),
				event.getAnswerDeadline(), event.getStartsOn(), event.getCapacity(), 0, 0));
		if (refusal != null) {
			throw new InvitationRefusedException(refusal);
		}
		Set<Long> chosen = new LinkedHashSet<>(InvitationRules.reminded(invitationIds, statuses(eventId)));
		if (chosen.isEmpty()) {
			throw new InvitationRefusedException("events.reminder.refused.noneChosen");
		}
		return this.reminders
			.saveAndFlush(new Reminder(eventId, sendOn, chosen, actor.username(), this.clock.instant()));
	}

	/**
	 * Sends the reminders due today or earlier and not sent yet.
	 * @return how many e-mails went out
	 */
	@Transactional
	public int sendDue() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (Reminder reminder : this.reminders
			// the furthest zone ahead of UTC: then each event's own day decides
			.findBySentAtIsNullAndSendOnLessThanEqualOrderBySendOnAscIdAsc(
					LocalDate.ofInstant(now, ZoneOffset.ofHours(14)))) {
			Event event = this.events.get(reminder.getEventId());
			if (reminder.getSendOn().isAfter(LocalDate.ofInstant(now, event.zone()))) {
				continue;
			}
			int count = 0;
			if (event.getStatus() == EventStatus.ANNOUNCED) {
				Map<Long, Invitation> byId = this.invitations.findAllById(reminder.getInvitationIds())
					.stream()
					.collect(Collectors.toMap(Invitation::getId, Function.identity()));
				for (long id : InvitationRules.reminded(List.copyOf(reminder.getInvitationIds()), statuses(byId))) {
					Invitation invitation = byId.get(id);
					invitation.reminded(now);
					this.invitations.save(invitation);
					this.history.save(new InvitationEntry(id, Action.REMINDED, reminder.getCreatedBy(), null, now));
					this.mail.send(InvitationMail.Kind.REMINDER, invitation, event, this.links.issue(invitation),
							reminder.getCreatedBy());
					count++;
				}
			}
			reminder.sent(count, now);
			this.reminders.save(reminder);
			sent += count;
		}
		return sent;
	}

	private Map<Long, InvitationStatus> statuses(long eventId) {
		return this.invitations.idsAndStatuses(eventId)
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (InvitationStatus) row[1]));
	}

	private static Map<Long, InvitationStatus> statuses(Map<Long, Invitation> invitations) {
		return invitations.values().stream().collect(Collectors.toMap(Invitation::getId, Invitation::getStatus));
	}

}
