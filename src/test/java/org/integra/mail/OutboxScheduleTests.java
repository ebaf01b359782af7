package org.integra.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule runs rounds until stopped, and a failing round does not end it.
 */
class OutboxScheduleTests {

	static MailSettings every(Duration interval) {
		return new MailSettings("integra@localhost", interval, 20, 6, List.of(Duration.ofMinutes(1)), 0,
				Duration.ofMinutes(10), new MailSettings.Sender(true));
	}

	@Test
	void runsRoundsUntilStoppedEvenWhenOneFails() throws Exception {
		AtomicInteger rounds = new AtomicInteger();
		CountDownLatch three = new CountDownLatch(3);
		OutboxSender sender = new OutboxSender(null, null, RetrySchedule.standard(), every(Duration.ofMillis(10)), null,
				null) {
			@Override
			public Round sendDue() {
				three.countDown();
				if (rounds.incrementAndGet() == 1) {
					throw new IllegalStateException("database away");
				}
				return Round.NOTHING;
			}
		};
		OutboxSchedule schedule = new OutboxSchedule(sender, every(Duration.ofMillis(10)));
		assertThat(schedule.isRunning()).isFalse();
		schedule.start();
		assertThat(schedule.isRunning()).isTrue();
		assertThat(three.await(10, TimeUnit.SECONDS)).as("rounds after a failed one").isTrue();
		schedule.stop();
		assertThat(schedule.isRunning()).isFalse();
		int after = rounds.get();
		Thread.sleep(100);
		assertThat(rounds.get()).as("no round after stop").isEqualTo(after);
	}

}
