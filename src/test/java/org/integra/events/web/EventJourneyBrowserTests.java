package org.integra.events.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.integra.BrowserTestSupport;
import org.integra.IntegraTest;
import org.integra.IntegraTest.Settings;
import org.integra.TestMailServer;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.integra.events.Reminders;
import org.integra.mail.OutboxSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events issue's journey in a browser: a coordinator creates the workshop, invites
 * three contacts of interested candidates, one accepts through the link of their e-mail,
 * one declines, the third is reminded; the one who accepted is checked in, and the city
 * stands at attended with its follow-up task. The links are read from the messages the
 * outbox delivered to GreenMail, the context's mail server.
 */
@IntegraTest(settings = Settings.MAIL_SERVER_TIGHT_LIMITS_HTTPS)
class EventJourneyBrowserTests extends BrowserTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(TestMailServer.PORT, "127.0.0.1", "smtp"));

	@Autowired
	OutboxSender sender;

	@Autowired
	Events events;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	@Test
	void theWorkshopFromInvitationToAttendanceAndFollowUp() {
		EventFixtures fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
		long accepting = fixtures.candidate("INTERESTED", "PE");
		long declining = fixtures.candidate("INTERESTED", "EC");
		long silent = fixtures.candidate("INTERESTED", "CO");
		long ana = fixtures.contact(accepting, "Ana Quispe", "es");
		long bruno = fixtures.contact(declining, "Bruno Salazar", "es");
		long carla = fixtures.contact(silent, "Carla Rojas", "es");
		String title = TestCities.unique("Taller de resiliencia urbana");
		LocalDate day = LocalDate.now().plusDays(3);

		login("admin", TEST_PASSWORD);
		waitFor(By.id("user-menu"));

		// the coordinator creates the workshop and announces it
		// Spanish, whatever language another test left this user with
		open("/events/new?lang=es");
		waitFor(By.id("event-form"));
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("WORKSHOP");
		new Select(this.driver.findElement(By.id("format"))).selectByValue("ONLINE");
		this.driver.findElement(By.id("titleEs")).sendKeys(title);
		this.driver.findElement(By.id("titlePt")).sendKeys(title.replace("Taller", "Oficina"));
		this.driver.findElement(By.id("theme")).sendKeys("Resiliencia urbana");
		value("startsAt", day.atTime(LocalTime.of(9, 0)).toString());
		value("endsAt", day.atTime(LocalTime.of(17, 0)).toString());
		value("answerDeadline", day.minusDays(1).toString());
		new Select(this.driver.findElement(By.id("timeZone"))).selectByValue("America/La_Paz");
		this.driver.findElement(By.id("onlineLink")).sendKeys("https://meet.example.org/taller");
		click(By.id("save"));
		assertThat(waitFor(By.id("event-title")).getText()).isEqualTo(title);
		click(By.cssSelector("#status-ANNOUNCED button"));
		waitUntil(() -> this.driver.findElement(By.id("event-status")).getText().equals("Anunciado"));
		long event = this.jdbc.sql("select id from event where title_es = ?").param(title).query(Long.class).single();

		// it defines the follow-up of those who come
		open("/events/" + event + "/follow-ups");
		this.driver.findElement(By.id("template-text")).sendKeys("Enviar agradecimiento y formulario de adhesión");
		new Select(this.driver.findElement(By.id("template-rule"))).selectByValue("COORDINATOR");
		click(By.id("template-add"));
		waitFor(By.cssSelector("#templates li[id^=template-]"));

		// the three contacts are suggested, with the reason, and invited
		open("/events/" + event + "/invitations");
		click(By.id("choose-invitees"));
		for (long person : List.of(ana, bruno, carla)) {
			click(By.id("suggestion-" + person));
		}
		click(By.id("invite"));
		assertThat(waitFor(By.id("invite-outcome")).getText()).contains("3");

		// Ana accepts and Bruno declines through the links of their e-mails
		open(linkTo(ana));
		assertThat(waitFor(By.id("link-for")).getText()).contains("Ana Quispe");
		click(By.id("answer-accept"));
		click(By.id("send-answer"));
		waitFor(By.id("current-answer"));
		open(linkTo(bruno));
		click(By.id("answer-decline"));
		click(By.id("send-answer"));
		waitFor(By.id("current-answer"));

		// Carla, who has not answered, is reminded today
		open("/events/" + event + "/invitations");
		click(By.id("choose-reminded"));
		long carlaInvitation = invitationOf(event, carla);
		click(By.id("remind-" + carlaInvitation));
		value("sendOn", LocalDate.now(java.time.ZoneId.of("America/La_Paz")).toString());
		click(By.id("schedule-reminder"));
		waitFor(By.id("reminder-list"));
		assertThat(this.reminders.sendDue()).isEqualTo(1);
		assertThat(bodiesTo(carla)).hasSize(2);
		assertThat(bodiesTo(ana)).hasSize(1);

		// on the day, Ana is checked in
		open("/events/" + event + "/check-in");
		long anaInvitation = invitationOf(event, ana);
		click(By.id("check-in-i" + anaInvitation));
		waitFor(By.id("undo-i" + anaInvitation));
		WebElement search = this.driver.findElement(By.id("check-in-q"));
		search.sendKeys("Salazar");
		waitFor(By.id("check-in-empty"));
		search.clear();
		search.sendKeys("QUÍSPE");
		waitFor(By.id("row-i" + anaInvitation));
		assertThat(this.driver.findElement(By.id("row-i" + anaInvitation)).getAttribute("class"))
			.contains("list-group-item-success");

		// her city stands at attended, the event is on its timeline, and the follow-up
		// task waits for the coordinator who invited her
		open("/outreach/candidates/" + accepting);
		assertThat(waitFor(By.id("candidate-stage")).getText()).isEqualTo("Asistió");
		assertThat(this.jdbc.sql("select stage from candidate where city_id = ?")
			.param(declining)
			.query(String.class)
			.single()).isEqualTo("INTERESTED");
		long task = this.jdbc.sql("select id from task where city_id = ? and title like 'Enviar agradecimiento%'")
			.param(accepting)
			.query(Long.class)
			.single();
		open("/tasks/" + task);
		assertThat(this.driver.findElement(By.tagName("main")).getText())
			.contains("Enviar agradecimiento y formulario de adhesión")
			.contains("admin");
		open("/events/" + event);
		assertThat(waitFor(By.id("count-accepted")).getText()).endsWith("1");
		assertThat(this.driver.findElement(By.id("count-declined")).getText()).endsWith("1");
		assertThat(this.driver.findElement(By.id("count-no-answer")).getText()).endsWith("1");
	}

	private void value(String id, String value) {
		this.driver.executeScript("arguments[0].value = arguments[1];", this.driver.findElement(By.id(id)), value);
	}

	private long invitationOf(long event, long person) {
		return this.jdbc.sql("select id from event_invitation where event_id = ? and person_id = ?")
			.params(event, person)
			.query(Long.class)
			.single();
	}

	/**
	 * The texts of the messages the person received, once the outbox sent what is due.
	 */
	private List<String> bodiesTo(long person) {
		this.sender.sendDue();
		String address = this.jdbc.sql("select email from directory_person where id = ?")
			.param(person)
			.query(String.class)
			.single();
		List<String> bodies = new ArrayList<>();
		try {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (address
					.equals(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress())) {
					Object content = message.getContent();
					bodies.add((content instanceof MimeMultipart parts) ? parts.getBodyPart(0).getContent().toString()
							: content.toString());
				}
			}
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bodies;
	}

	private String linkTo(long person) {
		String body = bodiesTo(person).get(0);
		int start = body.indexOf("/invitations/");
		int end = start;
		while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
			end++;
		}
		return body.substring(start, end);
	}

}
