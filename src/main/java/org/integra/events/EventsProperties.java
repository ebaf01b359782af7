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
 * @param registrationRate how many public registrations one client address may send
 */
@ConfigurationProperties("integra.events")
public record EventsProperties(@DefaultValue("PT15M") Duration reminderCheckInterval,
		@DefaultValue("true") boolean remindersScheduled, @DefaultValue RegistrationRate registrationRate) {

	/**
	 * A token bucket per client address.
	 *
	 * @param capacity submissions one address may send at once
	 * @param period the time in which a full bucket refills
	 */
	public record RegistrationRate(@DefaultValue("10") int capacity, @DefaultValue("PT10M") Duration period) {

		public RegistrationRate {
			if (capacity < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException(
						"integra.events.registration-rate needs a capacity of at least 1 and a positive period");
			}
		}

	}

}
