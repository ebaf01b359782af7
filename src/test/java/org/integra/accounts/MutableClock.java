package org.integra.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The clock of the tests: the system's, until a test freezes it to move it by hand. A
 * test that freezes it resets it, so that the tests after it in the context see the real
 * time.
 */
public class MutableClock extends Clock {

	private volatile Instant frozen;

	public MutableClock() {
	}

	/**
	 * Stops the clock at the current instant (whole milliseconds: the database may
	 * round).
	 */
	public void freeze() {
		this.frozen = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	/** Moves a frozen clock; freezes it first if it runs. */
	public void advance(Duration duration) {
		if (this.frozen == null) {
			freeze();
		}
		this.frozen = this.frozen.plus(duration);
	}

	/** Back to the system clock. */
	public void reset() {
		this.frozen = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant frozen = this.frozen;
		return (frozen != null) ? frozen : Instant.now();
	}

}
