package org.integra.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the events module.
 *
 * @param reminderCheckInterval how often the job looks for reminders due
 * @param remindersScheduled whether the reminder job runs; off, reminders are sent only
 * when asked (as the tests do)
 */
@ConfigurationProperties("integra.events")
public record EventsProperties(@DefaultValue("PT15M") Duration reminderCheckInterval,
		@DefaultValue("true") boolean remindersScheduled) {
}
