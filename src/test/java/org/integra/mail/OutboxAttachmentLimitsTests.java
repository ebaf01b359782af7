package org.integra.mail;

import java.time.Clock;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the outbox takes as attachments, without Spring: at most five files and 1 MB
 * together, refused before anything is stored.
 */
class OutboxAttachmentLimitsTests {

	// no repository: a refused message never gets as far as storing
	private final Outbox outbox = new Outbox(null, Clock.systemUTC(), null);

	private static OutgoingMessage message(List<MailAttachment> attachments) {
		return new OutgoingMessage(MessageKind.INVITATION, "alcaldia@example.org", "Alcaldía", "Invitación", "Texto",
				"es", "event:1")
			.withAttachments(attachments);
	}

	private static MailAttachment file(String name, int size) {
		return new MailAttachment(name, "application/octet-stream", new byte[size]);
	}

	@Test
	void refusesASixthAttachment() {
		List<MailAttachment> six = Collections.nCopies(6, file("a.bin", 10));
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.queue(message(six), "admin"))
			.withMessageContaining("at most 5");
		assertThat(Outbox.checked(six.subList(0, 5))).hasSize(5);
	}

	@Test
	void refusesMoreThanOneMegabyteTogether() {
		List<MailAttachment> tooMuch = List.of(file("a.bin", 600_000), file("b.bin", 448_577));
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.queue(message(tooMuch), "admin"))
			.withMessageContaining("1048577 bytes");
		List<MailAttachment> exactly = List.of(file("a.bin", 600_000), file("b.bin", 448_576));
		assertThat(Outbox.checked(exactly)).hasSize(2);
	}

	@Test
	void refusesAContentTypeThatDoesNotParseOrBreaksTheLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox
			.queue(message(List.of(new MailAttachment("a.ics", "text calendar", new byte[1]))), "admin"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox
			.queue(message(List.of(new MailAttachment("a.ics", "text/calendar;\r\nBcc: x@y", new byte[1]))), "admin"));
	}

	@Test
	void refusesAFileNameThatIsEmptyOnceCleanOrTooLong() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.outbox.queue(message(List.of(file("\u0001\r\n", 1))), "admin"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.outbox.queue(message(List.of(file("x".repeat(201), 1))), "admin"));
		assertThat(Outbox.checked(List.of(file("x".repeat(200), 1)))).hasSize(1);
	}

	@Test
	void keepsFileNamesOnOneLineAndWithoutAPath() {
		MailAttachment checked = Outbox.checked(List.of(file(" ../invitación\r\n.ics ", 1))).get(0);
		assertThat(checked.filename()).isEqualTo(".._invitación.ics");
	}

	@Test
	void aMessageHasNoAttachmentsUnlessGiven() {
		OutgoingMessage plain = new OutgoingMessage(MessageKind.EMAIL, "a@example.org", null, "s", "b", null, null);
		assertThat(plain.attachments()).isEmpty();
		assertThat(plain.withAttachments((List<MailAttachment>) null).attachments()).isEmpty();
		assertThat(plain.withAttachments(file("a.bin", 1)).attachments()).hasSize(1);
	}

	@Test
	void anAttachmentNeverSharesItsBytes() {
		byte[] bytes = { 1, 2, 3 };
		MailAttachment attachment = new MailAttachment("a.bin", "application/octet-stream", bytes);
		bytes[0] = 9;
		attachment.content()[1] = 9;
		assertThat(attachment.content()).containsExactly(1, 2, 3);
		assertThat(attachment)
			.isEqualTo(new MailAttachment("a.bin", "application/octet-stream", new byte[] { 1, 2, 3 }));
		assertThat(attachment.toString()).contains("3 bytes");
		assertThat(MailAttachment.text("a.ics", "text/calendar; charset=UTF-8", "é").content()).hasSize(2);
		assertThatIllegalArgumentException().isThrownBy(() -> new MailAttachment(" ", "text/plain", bytes));
		assertThatIllegalArgumentException().isThrownBy(() -> new MailAttachment("a", null, bytes));
		assertThatIllegalArgumentException().isThrownBy(() -> new MailAttachment("a", "text/plain", null));
	}

}
