package org.integra.events;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.integra.IntegraTest;
import org.integra.IntegraTest.Settings;
import org.integra.TestMailServer;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.mail.OutboxSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invitation goes out through the outbox to a real SMTP server: an outage delays it,
 * never loses or duplicates it, and it carries the event as an {@code .ics} request that
 * a calendar client reads.
 */
@IntegraTest(settings = Settings.MAIL_SERVER_TIGHT_LIMITS_HTTPS)
class InvitationMailDeliveryTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(TestMailServer.PORT, "127.0.0.1", "smtp"));

	@Autowired
	Events events;

	@Autowired
	Invitations invitations;

	@Autowired
	OutboxSender sender;

	@Autowired
	TestCities cities;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	EventFixtures fixtures;

	@BeforeEach
	void onlyThisTestsMessagesAreDue() {
		this.fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
		this.clock.freeze();
		// messages the other tests of this context queued are not this test's to send
		this.jdbc.sql("update outbox_message set status = 'CANCELLED' where status in ('QUEUED', 'SENDING')").update();
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void anInvitationSurvivesAnOutageArrivesOnceAndCarriesTheEventAsACalendarRequest() throws Exception {
		long event = this.fixtures.announcedEvent(null);
		long maria = this.fixtures.contact(this.fixtures.candidate("INTERESTED", "PE"), "María Quispe", "es");
		this.invitations.invite(event, List.of(maria), Map.of(), EventFixtures.COORDINATOR);
		String address = this.jdbc.sql("select email from directory_person where id = ?")
			.param(maria)
			.query(String.class)
			.single();

		smtp.stop();
		assertThat(this.sender.sendDue().failed()).isEqualTo(1);
		smtp.start();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
		this.sender.recoverInterrupted();
		assertThat(this.sender.sendDue().sent()).isZero();

		List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return address.equals(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(received).hasSize(1);
		MimeMultipart parts = (MimeMultipart) received.get(0).getContent();
		assertThat(parts.getBodyPart(0).getContent()).asString()
			.startsWith("Estimado/a María Quispe:")
			.contains("/invitations/inv_");
		BodyPart attachment = parts.getBodyPart(1);
		assertThat(attachment.getContentType()).containsIgnoringCase("text/calendar")
			.containsIgnoringCase("method=REQUEST");
		String ics = new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent vevent = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		Event stored = this.events.get(event);
		assertThat(vevent.<Property>getProperty("UID").orElseThrow().getValue())
			.isEqualTo("event-" + event + "@integra");
		assertThat(vevent.<Property>getProperty("SUMMARY").orElseThrow().getValue())
			.isEqualTo(stored.getTitle().getEs());
		assertThat(vevent.<Property>getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + address);
		assertThat(vevent.<Property>getProperty("URL").orElseThrow().getValue()).contains("/invitations/inv_");
		assertThat(vevent.<Property>getProperty("LOCATION").orElseThrow().getValue())
			.isEqualTo("https://meet.example.org/taller");
		assertThat(vevent.<Property>getProperty("DTSTART").orElseThrow().getValue())
			.isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(stored.getStartsAt()));
	}

}
