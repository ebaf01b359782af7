package org.integra.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox's settings ({@code integra.mail.*}); the SMTP server itself is configured
 * with Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address of every message, e.g.
 * {@code Integra <integra@example.org>}
 * @param sendInterval the pause between two rounds of the sender
 * @param batchSize messages sent at most per round
 * @param maxAttempts attempts after which a message is given up as failed
 * @param retryDelays waits after the first, second… failed attempt; the last repeats
 * @param retryJitter fraction of a wait added at most, spread by message
 * @param stuckAfter a message being sent for longer than this (by an instance that died
 * meanwhile) is given up as interrupted
 * @param sender the scheduled sender
 */
@ConfigurationProperties("integra.mail")
record MailSettings(@DefaultValue("integra@localhost") String from, @DefaultValue("PT30S") Duration sendInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("6") int maxAttempts, @DefaultValue( {
				"1m", "5m", "15m", "1h", "3h" }) List<Duration> retryDelays,
		@DefaultValue("0.1") double retryJitter, @DefaultValue("PT10M") Duration stuckAfter,
		@DefaultValue Sender sender){

	/**
	 * @param enabled whether rounds run on their own; off, messages wait until a round is
	 * started some other way
	 */
	record Sender(@DefaultValue("true") boolean enabled) {
	}

	RetrySchedule retrySchedule() {
		return new RetrySchedule(this.retryDelays, this.maxAttempts, this.retryJitter);
	}

}
