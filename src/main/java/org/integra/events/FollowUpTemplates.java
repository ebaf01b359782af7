package org.integra.events;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.ValidationFailedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up tasks an event defines, kept by its coordinators. */
@Service
@Transactional(readOnly = true)
public class FollowUpTemplates {

	private final Events events;

	private final FollowUpTemplateRepository templates;

	private final Clock clock;

	FollowUpTemplates(Events events, FollowUpTemplateRepository templates, Clock clock) {
		this.events = events;
		this.templates = templates;
		this.clock = clock;
	}

	/** The event's follow-ups, soonest first. */
	public List<FollowUpTemplate> of(long eventId) {
		this.events.get(eventId);
		return this.templates.findByEventIdOrderByDaysAfterAscIdAsc(eventId);
	}

	/**
	 * Adds a follow-up; it applies to the cities checked in from now on.
	 * @throws ValidationFailedException naming the refused fields
	 */
	@Transactional
	public FollowUpTemplate add(long eventId, String text, Integer daysAfter, FollowUpTemplate.AssigneeRule rule,
			Actor actor) {
		requireManager(actor);
		this.events.get(eventId);
		String clean = AttendanceRules.clean(text);
		List<Map.Entry<String, String>> problems = AttendanceRules.templateProblems(clean, daysAfter, rule);
		if (!problems.isEmpty()) {
			throw new ValidationFailedException(problems);
		}
		return this.templates.saveAndFlush(
				new FollowUpTemplate(eventId, clean, daysAfter, rule, actor.username(), this.clock.instant()));
	}

	/** Removes a follow-up; tasks made from it stay. */
	@Transactional
	public void remove(long eventId, long templateId, Actor actor) {
		requireManager(actor);
		FollowUpTemplate template = this.templates.findByIdAndEventId(templateId, eventId)
			.orElseThrow(() -> new NotFoundException("events.followUp.notFound", templateId));
		this.templates.delete(template);
	}

	private static void requireManager(Actor actor) {
		if (!EventPolicy.of(actor).mayManage()) {
			throw new AccessDeniedException("events");
		}
	}

}
