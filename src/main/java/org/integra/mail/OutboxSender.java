package org.integra.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through SMTP, one round at a time: each due message is claimed in
 * its own committed transaction (the version column makes sure two instances never claim
 * the same one), handed to the SMTP server with its stored Message-ID (and its
 * attachments, as a multipart message), then marked sent, or queued again for later by
 * the {@link RetrySchedule}, or given up.
 * <p>
 * A message is never sent twice automatically: one found still being sent when the
 * application starts (it stopped between handing it over and recording the result) is
 * marked failed with {@link OutboxMessage#INTERRUPTED}, for an admin to check the
 * recipient's mailbox and retry or cancel it.
 * <p>
 * With no SMTP server configured (no {@link JavaMailSender}, i.e. no
 * {@code spring.mail.host}) a round does nothing and messages stay queued.
 */
@Service
public class OutboxSender {

	private static final Log logger = LogFactory.getLog(OutboxSender.class);

	private final OutboxRepository messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final RetrySchedule schedule;

	private final MailSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ReentrantLock round = new ReentrantLock();

	OutboxSender(OutboxRepository messages, ObjectProvider<JavaMailSender> mailSender, RetrySchedule schedule,
			MailSettings settings, Clock clock, PlatformTransactionManager transactionManager) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.schedule = schedule;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Whether an SMTP server is configured. */
	public boolean isConfigured() {
		return this.mailSender.getIfAvailable() != null;
	}

	/**
	 * One round: sends the messages due now, at most a batch of them, oldest first. A
	 * round already running in this instance is not joined.
	 */
	public Round sendDue() {
		JavaMailSender mail = this.mailSender.getIfAvailable();
		if (mail == null) {
			return Round.NOTHING;
		}
		if (!this.round.tryLock()) {
			return Round.NOTHING;
		}
		try {
			Instant now = this.clock.instant();
			giveUpStuck(now);
			List<OutboxMessage> due = this.messages.findByStatusAndNextAttemptAtLessThanEqualOrderByCreatedAtAscIdAsc(
					OutboxStatus.QUEUED, now, Limit.of(Math.max(1, this.settings.batchSize())));
			int sent = 0;
			int failed = 0;
			for (OutboxMessage message : due) {
				if (!claim(message)) {
					continue;
				}
				if (deliver(mail, message)) {
					sent++;
				}
				else {
					failed++;
				}
			}
			if (sent + failed > 0) {
				logger.info("Outbox round: " + sent + " sent, " + failed + " not sent");
			}
			return new Round(sent, failed);
		}
		finally {
			this.round.unlock();
		}
	}

	/**
	 * Gives up every message still marked as being sent: run at startup, when no attempt
	 * of this instance can be under way, so each one was cut short by a stop or a crash.
	 * @return how many messages were given up
	 */
	@EventListener(ApplicationReadyEvent.class)
	public int recoverInterrupted() {
		this.round.lock();
		try {
			Integer count = this.transactions.execute((status) -> this.messages.giveUpAllSending(OutboxStatus.SENDING,
					OutboxStatus.FAILED, OutboxMessage.INTERRUPTED));
			if (count != null && count > 0) {
				logger.warn(count + " outbox message(s) were being sent when the application stopped; marked failed "
						+ "for an admin to check and retry");
			}
			return (count != null) ? count : 0;
		}
		finally {
			this.round.unlock();
		}
	}

	/**
	 * Claims a message for this round.
	 * @param candidate as read before, with the version read then
	 * @return false when it is no longer due or another instance claimed it first
	 */
	boolean claim(OutboxMessage candidate) {
		Instant now = this.clock.instant();
		if (!candidate.isDue(now)) {
			return false;
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				candidate.claim(now);
				// merging the detached copy checks its version against the database's
				this.messages.save(candidate);
			});
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			return false;
		}
	}

	private boolean deliver(JavaMailSender mail, OutboxMessage message) {
		InternetAddress to;
		try {
			to = new InternetAddress(message.getRecipient(), true);
		}
		catch (AddressException ex) {
			// an address that does not parse will not parse next time either
			recordFailure(message.getId(), describe(ex), true);
			return false;
		}
		try {
			if (message.getRecipientName() != null && !message.getRecipientName().isBlank()) {
				to.setPersonal(oneLine(message.getRecipientName()), "UTF-8");
			}
			List<OutboxAttachment> attachments = this.messages.findAttachments(message.getId());
			MimeMessage mime = mail.createMimeMessage();
			// multipart only with attachments: a plain message stays a single text part
			MimeMessageHelper helper = attachments.isEmpty() ? new MimeMessageHelper(mime, false, "UTF-8")
					: new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(to);
			helper.setSubject(oneLine(message.getSubject()));
			helper.setText(message.getBody(), false);
			for (OutboxAttachment attachment : attachments) {
				helper.addAttachment(attachment.getFilename(), new ByteArrayResource(attachment.content()),
						attachment.getContentType());
			}
			helper.setSentDate(Date.from(this.clock.instant()));
			if (message.getLanguage() != null && !message.getLanguage().isBlank()) {
				mime.setHeader("Content-Language", message.getLanguage());
			}
			// kept by JavaMailSenderImpl when set: the same id on every attempt
			mime.setHeader("Message-ID", message.getMessageId());
			mail.send(mime);
		}
		catch (Exception ex) {
			// a wrong integra.mail.from fails here too, and is retried once corrected
			recordFailure(message.getId(), describe(ex), false);
			return false;
		}
		recordDelivery(message.getId());
		return true;
	}

	private void recordDelivery(long id) {
		for (int attempt = 1;; attempt++) {
			try {
				this.transactions.executeWithoutResult(
						(status) -> this.messages.findById(id).orElseThrow().delivered(this.clock.instant()));
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private void recordFailure(long id, String error, boolean permanent) {
		logger.warn("Outbox message " + id + " not sent: " + error);
		this.transactions.executeWithoutResult((status) -> {
			OutboxMessage message = this.messages.findById(id).orElseThrow();
			if (message.getStatus() != OutboxStatus.SENDING) {
				return;
			}
			Optional<Instant> next = permanent ? Optional.empty()
					: this.schedule.nextAttempt(message.getAttempts(), this.clock.instant(), id);
			message.attemptFailed(error, next);
		});
	}

	private void giveUpStuck(Instant now) {
		Instant before = now.minus(this.settings.stuckAfter());
		Integer count = this.transactions.execute((status) -> this.messages.giveUpSending(OutboxStatus.SENDING,
				OutboxStatus.FAILED, OutboxMessage.INTERRUPTED, before));
		if (count != null && count > 0) {
			logger.warn(count + " outbox message(s) were being sent for longer than " + this.settings.stuckAfter()
					+ "; marked failed for an admin to check and retry");
		}
	}

	/**
	 * Header values on one line: a line break in them would start a header of its own.
	 */
	static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]+", " ").strip();
	}

	/**
	 * What went wrong, in a line: the messages of the cause chain, without stack trace.
	 */
	static String describe(Throwable failure) {
		Throwable current = failure;
		if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
			current = send.getFailedMessages().values().iterator().next();
		}
		Set<String> parts = new LinkedHashSet<>();
		List<Throwable> seen = new ArrayList<>();
		while (current != null && !seen.contains(current) && seen.size() < 5) {
			seen.add(current);
			String text = current.getMessage();
			String line = (text == null || text.isBlank()) ? current.getClass().getSimpleName()
					: text.strip().lines().findFirst().orElse("");
			if (current.getCause() == null && current != failure) {
				line = current.getClass().getSimpleName() + ": " + line;
			}
			if (!line.contains("nested exception")) {
				parts.add(line);
			}
			current = current.getCause();
		}
		return ErrorLine.of(String.join(" – ", parts));
	}

	/**
	 * What a round did.
	 *
	 * @param sent messages the SMTP server accepted
	 * @param failed messages it did not (queued again or given up)
	 */
	public record Round(int sent, int failed) {

		static final Round NOTHING = new Round(0, 0);

	}

}
