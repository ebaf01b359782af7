package org.integra.tasks;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every {@code integra.digest.check-interval} for digests due; off when
 * {@code integra.digest.scheduled=false} (tests call {@link DailyDigest#sendDue} with the
 * instant they need).
 */
@Component
@ConditionalOnProperty(name = "integra.digest.scheduled", havingValue = "true", matchIfMissing = true)
class DigestScheduler {

	private final DailyDigest digest;

	DigestScheduler(DailyDigest digest) {
		this.digest = digest;
	}

	@Scheduled(fixedDelayString = "${integra.digest.check-interval:PT5M}",
			initialDelayString = "${integra.digest.check-interval:PT5M}")
	void checkDigests() {
		this.digest.sendDue();
	}

}
