package org.integra.mail;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sender's rounds on their own, every {@code integra.mail.send-interval}, unless
 * {@code integra.mail.sender.enabled} is false.
 * <p>
 * A thread of its own rather than {@code @EnableScheduling}: that would add Boot's
 * {@code taskScheduler}, a second {@code TaskExecutor} bean, and make the injection of
 * the application's task executor ambiguous elsewhere.
 */
@Component
@ConditionalOnProperty(name = "integra.mail.sender.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxSchedule.class);

	private final OutboxSender sender;

	private final MailSettings settings;

	private ScheduledExecutorService executor;

	OutboxSchedule(OutboxSender sender, MailSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		if (this.executor != null) {
			return;
		}
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "outbox-sender");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(1, this.settings.sendInterval().toMillis());
		this.executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.executor == null) {
			return;
		}
		this.executor.shutdown();
		try {
			// lets a message being handed over be recorded, rather than marked
			// interrupted
			// at the next start
			if (!this.executor.awaitTermination(60, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
		this.executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	private void round() {
		try {
			this.sender.sendDue();
		}
		catch (RuntimeException ex) {
			// a round that fails (database away…) must not end the schedule
			logger.error("Outbox round failed", ex);
		}
	}

}
