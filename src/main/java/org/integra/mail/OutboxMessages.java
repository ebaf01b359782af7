package org.integra.mail;

import java.time.Clock;

import org.integra.system.NotFoundException;

import org.springframework.core.env.Environment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as an administrator sees it: every message with its status, and the two
 * things an admin may do with one that has not gone out, retry and cancel.
 */
@Service
public class OutboxMessages {

	/** The largest page the list and the API give. */
	public static final int MAX_PAGE_SIZE = 200;

	private final OutboxRepository messages;

	private final OutboxSender sender;

	private final MailSettings settings;

	private final Environment environment;

	private final Clock clock;

	OutboxMessages(OutboxRepository messages, OutboxSender sender, MailSettings settings, Environment environment,
			Clock clock) {
		this.messages = messages;
		this.sender = sender;
		this.settings = settings;
		this.environment = environment;
		this.clock = clock;
	}

	/**
	 * Messages newest first.
	 * @param status only these, or all when null
	 * @param kind only these, or all when null
	 * @param page from 0
	 * @param size 1 to {@value #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public Page<OutboxMessage> search(OutboxStatus status, MessageKind kind, int page, int size) {
		Specification<OutboxMessage> spec = (root, query, cb) -> cb.conjunction();
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 1_000_000)),
				Math.max(1, Math.min(size, MAX_PAGE_SIZE)),
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		return this.messages.findAll(spec, request);
	}

	@Transactional(readOnly = true)
	public OutboxMessage get(long id) {
		return this.messages.findById(id).orElseThrow(() -> new NotFoundException("mail.outbox.notFound", id));
	}

	/**
	 * Queues a queued or failed message for the sender's next round.
	 * @throws OutboxTransitionRefusedException when it is being sent, sent or cancelled
	 */
	@Transactional
	public OutboxMessage retry(long id) {
		OutboxMessage message = get(id);
		message.retry(this.clock.instant());
		return this.messages.saveAndFlush(message);
	}

	/**
	 * Cancels a queued or failed message: it will never be sent.
	 * @throws OutboxTransitionRefusedException when it is being sent, sent or cancelled
	 */
	@Transactional
	public OutboxMessage cancel(long id) {
		OutboxMessage message = get(id);
		message.cancel();
		return this.messages.saveAndFlush(message);
	}

	/** Where the messages go and how many wait. */
	@Transactional(readOnly = true)
	public ServerStatus serverStatus() {
		String host = this.environment.getProperty("spring.mail.host");
		boolean configured = this.sender.isConfigured();
		return new ServerStatus(configured, (host != null && !host.isBlank()) ? host.strip() : null,
				this.environment.getProperty("spring.mail.port", Integer.class), this.settings.sender().enabled(),
				this.messages.countByStatus(OutboxStatus.QUEUED), this.messages.countByStatus(OutboxStatus.FAILED),
				this.settings.sendInterval().toSeconds(), this.settings.maxAttempts());
	}

	/**
	 * The state of delivery.
	 *
	 * @param configured whether an SMTP server is configured
	 * @param host its host, if any
	 * @param port its port, if set
	 * @param senderEnabled whether the scheduled sender runs
	 * @param queued messages waiting to be sent
	 * @param failed messages given up
	 * @param intervalSeconds the pause between two rounds
	 * @param maxAttempts attempts before a message is given up
	 */
	public record ServerStatus(boolean configured, String host, Integer port, boolean senderEnabled, long queued,
			long failed, long intervalSeconds, int maxAttempts) {

		/** host:port, or the host alone. */
		public String address() {
			return (this.port != null) ? this.host + ":" + this.port : this.host;
		}

	}

}
