package org.integra.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegistrationRateLimitTests {

	@Test
	void eachAddressMaySendAsManyAsConfiguredAndNoMore() {
		RegistrationRateLimit limit = limit(3, Duration.ofHours(1));

		assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limit.tryAcquire("10.0.0.2")).as("another address has its own bucket").isTrue();
	}

	@Test
	void aCapacityBelowOneOrAPeriodNotPositiveIsRefusedAtStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EventsProperties.RegistrationRate(0, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new EventsProperties.RegistrationRate(5, Duration.ZERO));
	}

	private static RegistrationRateLimit limit(int capacity, Duration period) {
		return new RegistrationRateLimit(new EventsProperties(Duration.ofMinutes(15), false,
				new EventsProperties.RegistrationRate(capacity, period)));
	}

}
