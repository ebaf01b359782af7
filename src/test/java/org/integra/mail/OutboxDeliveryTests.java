package org.integra.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.integra.IntegraTest;
import org.integra.IntegraTest.Settings;
import org.integra.TestMailServer;
import org.integra.accounts.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against a real SMTP server (GreenMail) and a clock the tests move: delivered
 * exactly once, kept while the server is down and sent when it returns, never duplicated
 * across a restart, never resent on its own after an interrupted attempt; attachments go
 * with it.
 */
@IntegraTest(settings = Settings.MAIL_SERVER_TIGHT_LIMITS_HTTPS)
class OutboxDeliveryTests {

	static final int PORT = TestMailServer.PORT;

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMessages admin;

	@Autowired
	OutboxRepository messages;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void onlyThisTestsMessagesAreDueAtAFrozenInstant() {
		this.clock.freeze();
		// messages the other tests of this context queued are not this test's to send
		this.jdbc.sql("update outbox_message set status = 'CANCELLED' where status in ('QUEUED', 'SENDING')").update();
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aQueuedMessageIsDeliveredOnceEvenWhenTheRoundRunsTwice() throws Exception {
		OutboxMessage queued = queue("Intendencia de Montevideo");

		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
		assertThat(this.sender.sendDue().sent()).isZero();

		List<MimeMessage> received = receivedBy(queued.getRecipient());
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getMessageID()).isEqualTo(queued.getMessageId());
		assertThat(mail.getSubject()).isEqualTo("Invitación a la Red – São Paulo");
		assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
		assertThat(mail.getContent()).asString().contains("Señora alcaldesa, ¿acepta? 😀");
		assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		InternetAddress to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
		assertThat(to.getAddress()).isEqualTo(queued.getRecipient());
		assertThat(to.getPersonal()).isEqualTo("Intendencia de Montevideo");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("integra@example.org");
		assertThat(from.getPersonal()).isEqualTo("Integra Mercociudades");
		assertThat(mail.getHeader("Content-Language")).containsExactly("es");

		OutboxMessage sent = reload(queued);
		assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.getSentAt()).isEqualTo(this.clock.instant());
		assertThat(sent.getAttempts()).isEqualTo(1);
		assertThat(sent.getLastError()).isNull();
	}

	@Test
	void aMessageWithAttachmentsSurvivesAnOutageAndArrivesOnceWithTheFilesIntact() throws Exception {
		String recipient = "alcaldia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Reunión en São Paulo\r\n"
				+ "END:VEVENT\r\nEND:VCALENDAR\r\n";
		byte[] binary = new byte[300_000];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31);
		}
		QueuedMessage queued = this.outbox.queue(new OutgoingMessage(MessageKind.INVITATION, recipient, "Alcaldía",
				"Invitación", "Señora alcaldesa:\nadjunta la invitación.", "es", "event:1")
			.withAttachments(MailAttachment.text("invitación.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics),
					new MailAttachment("datos.bin", "application/octet-stream", binary)),
				"admin");

		smtp.stop();
		assertThat(this.sender.sendDue().failed()).isEqualTo(1);
		smtp.start();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
		this.sender.recoverInterrupted();
		this.sender.sendDue();

		List<MimeMessage> received = receivedBy(recipient);
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getMessageID()).isEqualTo(queued.messageId());
		assertThat(mail.getContentType()).startsWithIgnoringCase("multipart/mixed");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(3);
		BodyPart text = parts.getBodyPart(0);
		assertThat(text.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(text.getContent()).asString().contains("adjunta la invitación");
		BodyPart calendar = parts.getBodyPart(1);
		assertThat(calendar.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
		assertThat(MimeUtility.decodeText(calendar.getFileName())).isEqualTo("invitación.ics");
		assertThat(calendar.getContentType()).containsIgnoringCase("text/calendar")
			.containsIgnoringCase("charset=UTF-8")
			.containsIgnoringCase("method=REQUEST");
		assertThat(new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ics);
		BodyPart data = parts.getBodyPart(2);
		assertThat(data.getFileName()).isEqualTo("datos.bin");
		assertThat(data.getContentType()).containsIgnoringCase("application/octet-stream");
		assertThat(data.getInputStream().readAllBytes()).isEqualTo(binary);

		OutboxMessage sent = this.messages.findById(queued.id()).orElseThrow();
		assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.getAttempts()).isEqualTo(2);
	}

	@Test
	void aMessageNotYetDueWaits() {
		OutboxMessage queued = queue(null);
		this.clock.advance(Duration.ofSeconds(-5));
		try {
			assertThat(this.sender.sendDue().sent()).isZero();
		}
		finally {
			this.clock.advance(Duration.ofSeconds(5));
		}
		assertThat(reload(queued).getStatus()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
	}

	@Test
	void aServerDownLeavesTheMessageQueuedAndItGoesOutOnceTheServerIsBackAndTimeHasCome() throws Exception {
		OutboxMessage queued = queue(null);
		smtp.stop();
		Instant failedAt = this.clock.instant();
		OutboxSender.Round round = this.sender.sendDue();
		assertThat(round.failed()).isEqualTo(1);

		OutboxMessage waiting = reload(queued);
		assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(waiting.getLastError()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
		assertThat(waiting.getNextAttemptAt()).isEqualTo(failedAt.plus(Duration.ofMinutes(1)));

		smtp.start();
		assertThat(this.sender.sendDue().sent()).as("not before its next attempt").isZero();
		assertThat(receivedBy(queued.getRecipient())).isEmpty();

		// a restart in between: the recovery leaves a queued message alone
		assertThat(this.sender.recoverInterrupted()).isZero();
		assertThat(reload(queued).getStatus()).isEqualTo(OutboxStatus.QUEUED);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
		// another restart and round
		this.sender.recoverInterrupted();
		this.sender.sendDue();

		assertThat(receivedBy(queued.getRecipient())).hasSize(1);
		OutboxMessage sent = reload(queued);
		assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.getAttempts()).isEqualTo(2);
		assertThat(sent.getLastError()).isNull();
	}

	@Test
	void aMessageFailingEveryAttemptIsGivenUpAfterTheMaximum() {
		OutboxMessage queued = queue(null);
		smtp.stop();
		for (int attempt = 1; attempt <= 6; attempt++) {
			assertThat(this.sender.sendDue().failed()).as("attempt %d", attempt).isEqualTo(1);
			this.clock.advance(Duration.ofHours(3));
		}
		OutboxMessage failed = reload(queued);
		assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(6);
		assertThat(this.sender.sendDue().failed()).as("given up: no seventh attempt").isZero();

		smtp.start();
		this.admin.retry(queued.getId());
		assertThat(this.sender.sendDue().sent()).as("an admin's retry gets one more attempt").isEqualTo(1);
		assertThat(reload(queued).getAttempts()).isEqualTo(7);
	}

	@Test
	void aMessageLeftBeingSentIsMarkedInterruptedOnRestartAndNotResent() throws Exception {
		OutboxMessage queued = queue(null);
		// the application stopped after claiming it, perhaps after the SMTP server took
		// it
		assertThat(this.sender.claim(this.messages.findById(queued.getId()).orElseThrow())).isTrue();
		assertThat(reload(queued).getStatus()).isEqualTo(OutboxStatus.SENDING);

		assertThat(this.sender.recoverInterrupted()).isEqualTo(1);
		OutboxMessage interrupted = reload(queued);
		assertThat(interrupted.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(interrupted.getLastError()).isEqualTo(OutboxMessage.INTERRUPTED);
		assertThat(interrupted.isInterrupted()).isTrue();

		this.clock.advance(Duration.ofHours(5));
		this.sender.sendDue();
		assertThat(receivedBy(queued.getRecipient())).as("never resent on its own").isEmpty();

		// the admin checked and decided to send it
		this.admin.retry(queued.getId());
		this.sender.sendDue();
		this.sender.sendDue();
		assertThat(receivedBy(queued.getRecipient())).hasSize(1);
		assertThat(reload(queued).getStatus()).isEqualTo(OutboxStatus.SENT);
	}

	@Test
	void aMessageStuckBeingSentByAnotherInstanceIsGivenUpAfterAWhile() {
		OutboxMessage queued = queue(null);
		assertThat(this.sender.claim(this.messages.findById(queued.getId()).orElseThrow())).isTrue();
		this.clock.advance(Duration.ofMinutes(9));
		this.sender.sendDue();
		assertThat(reload(queued).getStatus()).isEqualTo(OutboxStatus.SENDING);
		this.clock.advance(Duration.ofMinutes(2));
		this.sender.sendDue();
		assertThat(reload(queued).getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(reload(queued).isInterrupted()).isTrue();
		assertThat(receivedBy(queued.getRecipient())).isEmpty();
	}

	@Test
	void twoSendersNeverClaimTheSameMessage() {
		OutboxMessage queued = queue(null);
		// both instances read the message before either claimed it
		OutboxMessage seenByOne = this.messages.findById(queued.getId()).orElseThrow();
		OutboxMessage seenByTwo = this.messages.findById(queued.getId()).orElseThrow();
		assertThat(this.sender.claim(seenByOne)).isTrue();
		assertThat(this.sender.claim(seenByTwo)).isFalse();
		OutboxMessage claimed = reload(queued);
		assertThat(claimed.getStatus()).isEqualTo(OutboxStatus.SENDING);
		assertThat(claimed.getAttempts()).isEqualTo(1);
	}

	@Test
	void anAddressThatDoesNotParseIsGivenUpAtOnce() {
		QueuedMessage queued = this.outbox.queue(
				new OutgoingMessage(MessageKind.EMAIL, "not an address@@", null, "Subject", "Body", null, null),
				"admin");
		assertThat(this.sender.sendDue().failed()).isEqualTo(1);
		OutboxMessage failed = this.messages.findById(queued.id()).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).isNotBlank();
	}

	@Test
	void lineBreaksInTheSubjectAddNoHeader() throws Exception {
		String recipient = "alcaldia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.outbox.queue(new OutgoingMessage(MessageKind.EMAIL, recipient, "Name\r\nBcc: spy@example.org",
				"Hola\r\nBcc: spy@example.org", "Body", null, null), "admin");
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
		MimeMessage mail = receivedBy(recipient).get(0);
		assertThat(mail.getHeader("Bcc")).isNull();
		assertThat(mail.getSubject()).isEqualTo("Hola Bcc: spy@example.org");
		assertThat(receivedBy("spy@example.org")).isEmpty();
	}

	@Test
	void aCancelledMessageIsNeverSent() {
		OutboxMessage queued = queue(null);
		this.admin.cancel(queued.getId());
		this.sender.sendDue();
		assertThat(receivedBy(queued.getRecipient())).isEmpty();
		assertThat(reload(queued).getStatus()).isEqualTo(OutboxStatus.CANCELLED);
	}

	@Test
	void theStatusNamesTheConfiguredServer() {
		OutboxMessages.ServerStatus status = this.admin.serverStatus();
		assertThat(status.configured()).isTrue();
		assertThat(status.address()).isEqualTo("127.0.0.1:" + PORT);
		assertThat(status.senderEnabled()).as("tests run the rounds themselves").isFalse();
	}

	private OutboxMessage queue(String recipientName) {
		String recipient = "alcaldia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		QueuedMessage queued = this.outbox.queue(new OutgoingMessage(MessageKind.LETTER, recipient, recipientName,
				"Invitación a la Red – São Paulo", "Señora alcaldesa, ¿acepta? 😀\nSaludos", "es", "city:1"), "admin");
		return this.messages.findById(queued.id()).orElseThrow();
	}

	private OutboxMessage reload(OutboxMessage message) {
		return this.messages.findById(message.getId()).orElseThrow();
	}

	private static List<MimeMessage> receivedBy(String recipient) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return Arrays.stream(mail.getAllRecipients())
					.anyMatch((address) -> ((InternetAddress) address).getAddress().equals(recipient));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
