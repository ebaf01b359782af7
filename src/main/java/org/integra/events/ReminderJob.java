package org.integra.events;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the reminders due, every {@code integra.events.reminder-check-interval}. */
@Component
@ConditionalOnProperty(name = "integra.events.reminders-scheduled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

	private static final Log logger = LogFactory.getLog(ReminderJob.class);

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "${integra.events.reminder-check-interval:PT15M}", initialDelayString = "PT1M")
	void sendDue() {
		int sent = this.reminders.sendDue();
		if (sent > 0) {
			logger.info("Sent " + sent + " event reminders");
		}
	}

}
