package org.integra.mail.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.mail.MessageKind;
import org.integra.mail.OutboxMessage;
import org.integra.mail.OutboxMessages.ServerStatus;
import org.integra.mail.OutboxMessages;
import org.integra.mail.OutboxStatus;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/outbox")
@Tag(name = "Outbox",
		description = "Every outgoing message (letters sent by e-mail, digests, invitations) as stored before it goes "
				+ "out through SMTP, with its status; retry or cancel one that has not gone out (administrators only)")
class OutboxApiController {

	/**
	 * A message of the outbox. {@code lastError} is the SMTP server's answer or a message
	 * key ({@code mail.outbox.error.interrupted}); {@code lastErrorText} is it in the
	 * caller's language. {@code body} only in the answer for one message.
	 */
	record MessageDto(long id, MessageKind kind, String recipient, String recipientName, String subject, String body,
			String language, String reference, String messageId, OutboxStatus status, int attempts,
			Instant nextAttemptAt, Instant claimedAt, String lastError, String lastErrorText, String createdBy,
			Instant createdAt, Instant sentAt, boolean retryable, boolean cancellable, long version) {

		static MessageDto of(OutboxMessage m, boolean withBody, String lastErrorText) {
			return new MessageDto(m.getId(), m.getKind(), m.getRecipient(), m.getRecipientName(), m.getSubject(),
					withBody ? m.getBody() : null, m.getLanguage(), m.getReference(), m.getMessageId(), m.getStatus(),
					m.getAttempts(), m.getNextAttemptAt(), m.getClaimedAt(), m.getLastError(), lastErrorText,
					m.getCreatedBy(), m.getCreatedAt(), m.getSentAt(), m.isRetryable(), m.isCancellable(),
					m.getVersion());
		}

	}

	/**
	 * A page of messages, in the fields of every list ({@link ApiPage}), and the state of
	 * delivery: whether an SMTP server is configured and how many messages wait.
	 */
	record OutboxPageDto(List<MessageDto> items, int page, int size, long totalItems, int totalPages,
			ServerStatus server) {

		static OutboxPageDto of(ApiPage<MessageDto> page, ServerStatus server) {
			return new OutboxPageDto(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
					server);
		}

	}

	private final OutboxMessages outbox;

	private final MessageSource messages;

	OutboxApiController(OutboxMessages outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List the outbox, newest first",
			description = "Messages without their body, optionally of one status and one kind, with the state of "
					+ "delivery (server.configured is false when no SMTP server is set: messages wait). 400 problem "
					+ "for an unknown status or kind.")
	OutboxPageDto list(
			@Parameter(description = "QUEUED, SENDING, SENT, FAILED or CANCELLED") @RequestParam(
					required = false) String status,
			@Parameter(description = "LETTER, EMAIL, DIGEST or INVITATION") @RequestParam(required = false) String kind,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Messages per page, 1 to 200") @RequestParam(defaultValue = "50") int size) {
		OutboxStatus wantedStatus = OutboxFilter.parse(OutboxStatus.class, status);
		if (status != null && !status.isBlank() && wantedStatus == null) {
			throw new ValidationFailedException("status", "mail.outbox.api.unknownStatus");
		}
		MessageKind wantedKind = OutboxFilter.parse(MessageKind.class, kind);
		if (kind != null && !kind.isBlank() && wantedKind == null) {
			throw new ValidationFailedException("kind", "mail.outbox.api.unknownKind");
		}
		Page<OutboxMessage> found = this.outbox.search(wantedStatus, wantedKind, page, size);
		return OutboxPageDto.of(ApiPage.of(found, (m) -> dto(m, false)), this.outbox.serverStatus());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One message, with its body", description = "404 when it does not exist.")
	MessageDto show(@PathVariable long id) {
		return dto(this.outbox.get(id), true);
	}

	@PostMapping("/{id}/retry")
	@Operation(summary = "Send a queued or failed message at the sender's next round",
			description = "The attempts made are kept; a message past its maximum gets one more attempt. For a "
					+ "message interrupted while being sent, check first that the recipient did not get it. 409 "
					+ "problem when it is being sent, sent or cancelled; 404 when it does not exist.")
	MessageDto retry(@PathVariable long id) {
		return dto(this.outbox.retry(id), true);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a queued or failed message: it will never be sent",
			description = "409 problem when it is being sent, sent or already cancelled; 404 when it does not exist.")
	MessageDto cancel(@PathVariable long id) {
		return dto(this.outbox.cancel(id), true);
	}

	private MessageDto dto(OutboxMessage message, boolean withBody) {
		String text = null;
		if (message.isInterrupted()) {
			text = this.messages.getMessage(OutboxMessage.INTERRUPTED, null, LocaleContextHolder.getLocale());
		}
		else if (message.getLastError() != null) {
			text = message.getLastError();
		}
		return MessageDto.of(message, withBody, text);
	}

}
