package org.integra.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The life of an outbox message, without Spring.
 */
class OutboxMessageTests {

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static OutboxMessage queued() {
		return new OutboxMessage(new OutgoingMessage(MessageKind.EMAIL, "alcaldia@example.org", "Alcaldía", "Hola",
				"Texto", "es", "city:1"), "<1@integra>", "admin", NOW);
	}

	static OutboxMessage sending() {
		OutboxMessage message = queued();
		message.claim(NOW);
		return message;
	}

	@Test
	void aNewMessageIsDueAtOnce() {
		OutboxMessage message = queued();
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(message.getAttempts()).isZero();
		assertThat(message.isDue(NOW)).isTrue();
		assertThat(message.isDue(NOW.minusSeconds(1))).isFalse();
		assertThat(message.getRecipientDisplay()).isEqualTo("Alcaldía <alcaldia@example.org>");
	}

	@Test
	void claimingCountsTheAttempt() {
		OutboxMessage message = sending();
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENDING);
		assertThat(message.getAttempts()).isEqualTo(1);
		assertThat(message.getClaimedAt()).isEqualTo(NOW);
		assertThatIllegalStateException().as("claimed twice").isThrownBy(() -> message.claim(NOW));
	}

	@Test
	void aMessageNotYetDueCannotBeClaimed() {
		OutboxMessage message = sending();
		message.attemptFailed("down", Optional.of(NOW.plusSeconds(60)));
		assertThatIllegalStateException().isThrownBy(() -> message.claim(NOW.plusSeconds(59)));
		message.claim(NOW.plusSeconds(60));
		assertThat(message.getAttempts()).isEqualTo(2);
	}

	@Test
	void aFailedAttemptQueuesTheMessageAgainOrGivesItUp() {
		OutboxMessage message = sending();
		message.attemptFailed("Connection refused", Optional.of(NOW.plus(Duration.ofMinutes(1))));
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(message.getLastError()).isEqualTo("Connection refused");

		message.claim(NOW.plus(Duration.ofMinutes(1)));
		message.attemptFailed("550 no such user", Optional.empty());
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(message.getAttempts()).isEqualTo(2);
		assertThat(message.getLastError()).isEqualTo("550 no such user");
	}

	@Test
	void onlyAMessageBeingSentCanFailOrBeDelivered() {
		assertThatIllegalStateException().isThrownBy(() -> queued().attemptFailed("x", Optional.empty()));
		assertThatIllegalStateException().isThrownBy(() -> queued().delivered(NOW));
	}

	@Test
	void deliveryRecordsTheTimeAndClearsTheError() {
		OutboxMessage message = sending();
		message.attemptFailed("down", Optional.of(NOW));
		message.claim(NOW);
		message.delivered(NOW.plusSeconds(5));
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(message.getSentAt()).isEqualTo(NOW.plusSeconds(5));
		assertThat(message.getLastError()).isNull();
		assertThat(message.isRetryable()).isFalse();
		assertThat(message.isCancellable()).isFalse();
	}

	@Test
	void retryMakesAFailedMessageDueAtOnceAndKeepsItsAttempts() {
		OutboxMessage message = sending();
		message.attemptFailed("gave up", Optional.empty());
		message.retry(NOW.plusSeconds(3600));
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(message.getAttempts()).isEqualTo(1);
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(3600));
		assertThat(message.getClaimedAt()).isNull();
		assertThat(message.isDue(NOW.plusSeconds(3600))).isTrue();
	}

	@Test
	void retryOfAQueuedMessageBringsItsNextAttemptForward() {
		OutboxMessage message = sending();
		message.attemptFailed("down", Optional.of(NOW.plus(Duration.ofHours(3))));
		message.retry(NOW.plusSeconds(10));
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
	}

	@Test
	void retryIsRefusedForAMessageBeingSentSentOrCancelled() {
		assertRetryRefused(sending(), OutboxStatus.SENDING);
		OutboxMessage sent = sending();
		sent.delivered(NOW);
		assertRetryRefused(sent, OutboxStatus.SENT);
		OutboxMessage cancelled = queued();
		cancelled.cancel();
		assertRetryRefused(cancelled, OutboxStatus.CANCELLED);
	}

	@Test
	void cancelIsAllowedForQueuedAndFailedMessagesOnly() {
		OutboxMessage queued = queued();
		queued.cancel();
		assertThat(queued.getStatus()).isEqualTo(OutboxStatus.CANCELLED);
		OutboxMessage failed = sending();
		failed.attemptFailed("x", Optional.empty());
		failed.cancel();
		assertThat(failed.getStatus()).isEqualTo(OutboxStatus.CANCELLED);

		assertCancelRefused(sending(), OutboxStatus.SENDING);
		OutboxMessage sent = sending();
		sent.delivered(NOW);
		assertCancelRefused(sent, OutboxStatus.SENT);
		assertCancelRefused(queued, OutboxStatus.CANCELLED);
	}

	@Test
	void errorsAreKeptShortAndOnOneLine() {
		assertThat(ErrorLine.of("  a\n\tb  c ")).isEqualTo("a b c");
		assertThat(ErrorLine.of(null)).isEqualTo("unknown error");
		String longError = ErrorLine.of("x".repeat(10_000));
		assertThat(longError).hasSize(ErrorLine.MAX_LENGTH).endsWith("…");
		String pairs = ErrorLine.of("😀".repeat(1000));
		assertThat(pairs.codePoints().filter((cp) -> cp >= 0xD800 && cp <= 0xDFFF)).as("no half surrogate pair")
			.isEmpty();
	}

	@Test
	void anInterruptedMessageSaysSo() {
		OutboxMessage message = sending();
		message.attemptFailed(OutboxMessage.INTERRUPTED, Optional.empty());
		assertThat(message.isInterrupted()).isTrue();
		assertThat(queued().isInterrupted()).isFalse();
	}

	@Test
	void aFailureIsDescribedByItsCausesWithoutStackTrace() {
		Exception failure = new MailSendException("Mail server connection failed",
				new jakarta.mail.MessagingException("Couldn't connect to host, port: 127.0.0.1, 1; timeout 10000",
						new java.net.ConnectException("Connection refused")));
		String text = OutboxSender.describe(failure);
		assertThat(text).isEqualTo("Mail server connection failed – Couldn't connect to host, port: 127.0.0.1, 1; "
				+ "timeout 10000 – ConnectException: Connection refused");
		assertThat(text).doesNotContain("\n").doesNotContain("\tat ");
		assertThat(OutboxSender.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
	}

	private static void assertRetryRefused(OutboxMessage message, OutboxStatus status) {
		assertThatExceptionOfType(OutboxTransitionRefusedException.class).isThrownBy(() -> message.retry(NOW))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("mail.outbox.retry.refused"))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(status));
		assertThat(message.getStatus()).isEqualTo(status);
	}

	private static void assertCancelRefused(OutboxMessage message, OutboxStatus status) {
		assertThatExceptionOfType(OutboxTransitionRefusedException.class).isThrownBy(message::cancel)
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("mail.outbox.cancel.refused"));
		assertThat(message.getStatus()).isEqualTo(status);
	}

}
