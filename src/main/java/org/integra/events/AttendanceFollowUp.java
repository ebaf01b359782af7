package org.integra.events;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.integra.events.InvitationEntry.Action;
import org.integra.outreach.CandidateOutreach;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.InterestLevel;
import org.integra.outreach.Stage;
import org.integra.tasks.EventTasks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What an acceptance and a check-in do to the city's outreach: an accepted invitation
 * moves an interested city to invited; the first check-in of a person of a candidate city
 * moves it from invited to attended (the move's note names the event), logs an
 * interaction of kind event through the event channel on its timeline, and creates the
 * event's follow-up tasks. Runs in the caller's transaction; done once per city and
 * event.
 */
@Component
class AttendanceFollowUp {

	private final CandidateOutreach outreach;

	private final EventTasks tasks;

	private final FollowUpTemplateRepository templates;

	private final AttendanceRepository attendances;

	private final InvitationEntryRepository history;

	private final MessageSource messages;

	private final Clock clock;

	AttendanceFollowUp(CandidateOutreach outreach, EventTasks tasks, FollowUpTemplateRepository templates,
			AttendanceRepository attendances, InvitationEntryRepository history, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.outreach = outreach;
		this.tasks = tasks;
		this.templates = templates;
		this.attendances = attendances;
		this.history = history;
		this.messages = messages;
	}

	/**
	 * An invitation was accepted (by the invitee, by staff, or from the waiting list): an
	 * interested city becomes invited, a city further on stays where it is.
	 * @param by who recorded it, {@code null} for the invitee through their link
	 */
	void onAccepted(Invitation invitation, Event event, String by) {
		if (invitation.getCityId() == null) {
			return;
		}
		String note = this.messages.getMessage("events.followUp.note.accepted",
				new Object[] { invitation.getInviteeName(), event.title(locale()) }, locale());
		this.outreach.advance(invitation.getCityId(), AttendanceRules::onAccepted, note, (by != null) ? by : "system");
	}

	/** The follow-up of an invitee's check-in, once per city and event. */
	CheckInOutcome onCheckedIn(Event event, Invitation invitation, Attendance attendance, String user) {
		return followUp(event, new Arrival(invitation.getCityId(), invitation.getPersonId(),
				invitation.getInviteeName(), inviter(invitation)), attendance, user);
	}

	/**
	 * The follow-up of a registrant's check-in, once per city and event: the same as an
	 * invitee's when the team linked the registration to a candidate city; the tasks the
	 * inviter would get go to the event's creator.
	 */
	CheckInOutcome onCheckedIn(Event event, Registration registration, Attendance attendance, String user) {
		return followUp(event, new Arrival(registration.getCityId(), registration.getPersonId(), registration.getName(),
				Optional.empty()), attendance, user);
	}

	private CheckInOutcome followUp(Event event, Arrival arrival, Attendance attendance, String user) {
		Long cityId = arrival.cityId();
		if (cityId == null || attendance.getFollowedUpAt() != null || this.outreach.stageOf(cityId).isEmpty()
				|| followedUpAlready(event.getId(), cityId)) {
			return CheckInOutcome.NONE;
		}
		Locale locale = locale();
		String title = event.title(locale);
		String note = this.messages.getMessage("events.followUp.note.checkedIn", new Object[] { arrival.name(), title },
				locale);
		Optional<Stage> moved = this.outreach.advance(cityId, AttendanceRules::onCheckedIn, note, user);
		LocalDate today = LocalDate.now(this.clock.withZone(event.zone()));
		InterestLevel interest = this.outreach.latestInterest(cityId);
		Set<Long> people = (arrival.personId() != null) ? Set.of(arrival.personId()) : Set.of();
		this.outreach.log(
				new InteractionDraft(cityId, today, InteractionKind.EVENT, Channel.EVENT, null, null, people, note,
						null, (interest == InterestLevel.NONE) ? InterestLevel.MEDIUM : interest, null, null, null),
				user);
		Optional<String> mentor = this.tasks.mentorOf(cityId);
		int created = 0;
		for (FollowUpTemplate template : this.templates.findByEventIdOrderByDaysAfterAscIdAsc(event.getId())) {
			String assignee = AttendanceRules.assignee(template.getAssigneeRule(), mentor, arrival.inviter(),
					event.getCreatedBy());
			this.tasks.create(template.getText(), assignee,
					AttendanceRules.dueOn(event.getEndsOn(), template.getDaysAfter()), cityId, arrival.personId(),
					event.getId(), user);
			created++;
		}
		attendance.followedUp(this.clock.instant());
		this.attendances.saveAndFlush(attendance);
		return new CheckInOutcome(moved.orElse(null), true, created);
	}

	/** Who came, from which city, and who invited them, if anyone did. */
	private record Arrival(Long cityId, Long personId, String name, Optional<String> inviter) {
	}

	/** The templates of an event, soonest first. */
	List<FollowUpTemplate> templates(long eventId) {
		return this.templates.findByEventIdOrderByDaysAfterAscIdAsc(eventId);
	}

	private boolean followedUpAlready(long eventId, long cityId) {
		return this.attendances.cityFollowedUp(eventId, cityId);
	}

	/** The user who sent the invitation, if work can still be assigned to them. */
	private Optional<String> inviter(Invitation invitation) {
		return this.history.findByInvitationIdOrderByOccurredAtAscIdAsc(invitation.getId())
			.stream()
			.filter((entry) -> entry.getAction() == Action.SENT && entry.getActor() != null)
			.map(InvitationEntry::getActor)
			.findFirst()
			.filter(this.tasks::canBeAssigned);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
