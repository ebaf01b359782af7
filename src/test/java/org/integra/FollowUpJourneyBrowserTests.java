package org.integra;

import org.integra.outreach.OutreachPolicy;
import org.integra.system.Actor;
import org.integra.system.Roles;
import java.time.LocalDate;

import org.integra.cities.TestCities;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up journey of the tasks issue: an interaction through Colombia's embassy in
 * La Paz with a next step shows in "My tasks"; the Portuguese first letter to the embassy
 * contact is composed, previewed and sent by e-mail; the message waits in the outbox and
 * the letter is on the city's timeline.
 */
class FollowUpJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	TestCities testCities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Pipeline pipeline;

	long city;

	long contact;

	String cityName;

	@BeforeEach
	void candidateAndContact() {
		String unique = Long.toString(System.nanoTime(), 36);
		this.cityName = "Villa Seguimiento " + unique;
		this.city = this.testCities.create(this.cityName, "CO");
		this.pipeline.identify(this.city, "test", "admin");
		this.pipeline.move(this.city, Stage.SHORTLISTED, null, OutreachPolicy.of(Actor.of("admin", Roles.COORDINATOR)),
				null);
		long embassy = embassy();
		KeyHolder personKeys = new GeneratedKeyHolder();
		String name = "Contato Seguimento " + unique;
		this.jdbc
			.sql("insert into directory_person (name, position, organization_id, email, preferred_language, "
					+ "name_search, version, created_at, updated_at) values (?, 'Cônsul', ?, ?, 'pt', ?, 0, "
					+ "current_timestamp, current_timestamp)")
			.params(name, embassy, "contato-" + unique + "@example.org", name.toLowerCase())
			.update(personKeys, "id");
		this.contact = personKeys.getKey().longValue();
	}

	@AfterEach
	void removeCandidateAndContact() {
		this.jdbc.sql("delete from letter where city_id = ?").param(this.city).update();
		this.jdbc.sql("delete from task where city_id = ?").param(this.city).update();
		this.testCities.delete(this.city);
		this.jdbc.sql("delete from directory_person where id = ?").param(this.contact).update();
	}

	@Test
	void nextStepBecomesATaskAndThePortugueseLetterGoesThroughTheOutbox() {
		login("admin", TEST_PASSWORD);
		waitFor(By.id("user-menu"));

		// an interaction through the embassy in La Paz, with the contact and a next step
		open("/outreach/candidates/" + this.city + "/interactions/new?lang=en");
		waitFor(By.id("interaction-form"));
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("MEETING");
		new Select(this.driver.findElement(By.id("interest"))).selectByValue("MEDIUM");
		new Select(this.driver.findElement(By.id("channel"))).selectByValue("EMBASSY_IN_LA_PAZ");
		new Select(this.driver.findElement(By.id("intermediaryId"))).selectByValue(Long.toString(embassy()));
		click(By.cssSelector("input[name=personIds][value='" + this.contact + "']"));
		this.driver.findElement(By.id("summary")).sendKeys("Reunião com o cônsul sobre a rede");
		this.driver.findElement(By.id("nextStep")).sendKeys("Enviar a carta de interesse ao prefeito");
		new Select(this.driver.findElement(By.id("nextStepAssignee"))).selectByValue("admin");
		this.driver.executeScript("arguments[0].value = arguments[1];", this.driver.findElement(By.id("nextStepDue")),
				LocalDate.now().plusDays(3).toString());
		click(By.id("save"));
		waitFor(By.id("timeline-entries"));

		// the next step is a task in "My tasks"
		open("/tasks?lang=en");
		WebElement upcoming = waitFor(By.id("tasks-upcoming"));
		assertThat(upcoming.getText()).contains("Enviar a carta de interesse ao prefeito");
		long task = this.jdbc.sql("select id from task where city_id = ?").param(this.city).query(Long.class).single();
		assertThat(this.driver.findElement(By.id("task-" + task)).getText()).contains(this.cityName);
		assertNoContentSecurityPolicyViolations();

		// compose the Portuguese letter for the contact: Portuguese templates come first
		open("/letters/compose?lang=en&cityId=" + this.city + "&personId=" + this.contact);
		Select templates = new Select(waitFor(By.id("templateId")));
		long first = Long.parseLong(templates.getFirstSelectedOption().getAttribute("value"));
		assertThat(this.jdbc.sql("select language from letter_template where id = ?")
			.param(first)
			.query(String.class)
			.single()).isEqualTo("pt");
		new Select(this.driver.findElement(By.id("channel"))).selectByValue("DIRECT_FROM_LA_PAZ");
		click(By.id("preview"));
		assertThat(waitFor(By.id("preview-body")).getText()).contains(this.cityName);
		String subject = waitFor(By.id("preview-subject")).getText();
		click(By.id("send-email"));
		waitFor(By.id("candidate-stage"));

		// the message waits in the outbox (no SMTP server in the tests)
		long message = this.jdbc.sql("select id from outbox_message where reference = ?")
			.param("city:" + this.city)
			.query(Long.class)
			.single();
		open("/admin/outbox?lang=en");
		WebElement row = waitFor(By.id("message-" + message));
		assertThat(row.getText()).contains("contato-").contains(subject);
		assertThat(this.driver.findElement(By.id("smtp-status")).getText()).isNotBlank();

		// and the letter is on the city's timeline
		open("/cities/" + this.city + "?lang=en");
		assertThat(waitFor(By.id("timeline-entries")).getText()).contains(subject);
		assertNoContentSecurityPolicyViolations();
	}

	private long embassy() {
		return this.jdbc
			.sql("select id from directory_organization where kind = 'EMBASSY' and country_code = 'CO' "
					+ "and host_country_code = 'BO'")
			.query(Long.class)
			.single();
	}

}
