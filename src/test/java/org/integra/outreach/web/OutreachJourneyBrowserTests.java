package org.integra.outreach.web;

import org.integra.outreach.OutreachPolicy;
import org.integra.system.Actor;
import org.integra.system.Roles;
import java.time.Duration;
import java.time.LocalDate;

import org.integra.BrowserTestSupport;
import org.integra.accounts.Accounts;
import org.integra.cities.TestCities;
import org.integra.outreach.Pipeline;
import org.integra.outreach.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey through outreach: a shortlisted Colombian city gets Medellín as its
 * mentor from the suggestions, an interaction through Colombia's embassy in La Paz with a
 * next step, two moves on the board without a page load up to interested, and the channel
 * matrix shows the route used and the two embassy routes still untouched. Then the
 * Medellín mentor signs in and sees that candidate, and not a Peruvian one.
 */
class OutreachJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	TestCities testCities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Accounts accounts;

	long colombian;

	long peruvian;

	String colombianName;

	String peruvianName;

	@BeforeEach
	void candidates() {
		String unique = Long.toString(System.nanoTime(), 36);
		this.colombianName = "Villa Recorrido " + unique;
		this.peruvianName = "Pueblo Ajeno " + unique;
		this.colombian = candidate(this.colombianName, "CO");
		this.peruvian = candidate(this.peruvianName, "PE");
		this.pipeline.move(this.colombian, Stage.SHORTLISTED, null,
				OutreachPolicy.of(Actor.of("coordinacion", Roles.COORDINATOR)), null);
	}

	@AfterEach
	void removeCandidates() {
		this.testCities.delete(this.colombian, this.peruvian);
	}

	@Test
	void fromShortlistToInterestedThroughTheEmbassyAndTheMentorSeesOnlyTheirCandidates() {
		long medellin = this.accounts.mentorCityOf("mentor").orElseThrow();
		long embassy = this.jdbc
			.sql("select id from directory_organization where kind = 'EMBASSY' and country_code = 'CO' "
					+ "and host_country_code = 'BO'")
			.query(Long.class)
			.single();
		login("coordinacion", TEST_PASSWORD);
		waitFor(By.id("user-menu"));

		// the mentor comes from the suggestions, Medellín first as the same country
		open("/outreach/candidates/" + this.colombian + "/mentors?lang=en");
		WebElement suggestion = waitFor(By.id("suggestion-" + medellin));
		assertThat(suggestion.getText()).contains("Medellín");
		new Select(this.driver.findElement(By.id("mentorCityId"))).selectByValue(Long.toString(medellin));
		click(By.id("assign-submit"));
		assertThat(waitFor(By.id("mentor-" + medellin)).getText()).contains("Medellín");

		// log an interaction through Colombia's embassy in La Paz, with a next step
		open("/outreach/candidates/" + this.colombian + "?lang=en");
		waitFor(By.id("log-interaction"));
		click(By.id("log-interaction"));
		waitFor(By.id("interaction-form"));
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("MEETING");
		new Select(this.driver.findElement(By.id("interest"))).selectByValue("MEDIUM");
		new Select(this.driver.findElement(By.id("channel"))).selectByValue("EMBASSY_IN_LA_PAZ");
		new Select(this.driver.findElement(By.id("intermediaryId"))).selectByValue(Long.toString(embassy));
		this.driver.findElement(By.id("summary"))
			.sendKeys("La embajada transmitió la carta de la Vicepresidencia al alcalde");
		this.driver.findElement(By.id("nextStep")).sendKeys("Llamar a la oficina de relaciones internacionales");
		new Select(this.driver.findElement(By.id("nextStepAssignee"))).selectByValue("coordinacion");
		this.driver.executeScript("arguments[0].value = arguments[1];", this.driver.findElement(By.id("nextStepDue")),
				LocalDate.now().plusDays(7).toString());
		click(By.id("save"));
		WebElement timeline = waitFor(By.id("timeline-entries"));
		assertThat(timeline.getText()).contains("La embajada transmitió la carta")
			.contains("Llamar a la oficina de relaciones internacionales");

		// move the card twice on the board, without a page load
		open("/outreach/board?lang=en");
		waitFor(By.id("card-" + this.colombian));
		this.driver.executeScript("window.boardNotReloaded = true;");
		assertThat(this.driver.findElement(By.id("card-" + this.colombian)).getText()).contains("Medellín")
			.contains("Llamar a la oficina");
		moveCard(Stage.CONTACTED);
		moveCard(Stage.INTERESTED);
		assertThat(this.driver.executeScript("return window.boardNotReloaded === true;")).isEqualTo(true);
		assertNoContentSecurityPolicyViolations();

		// the channel matrix: the route used, and the gaps
		open("/outreach/candidates/" + this.colombian + "/channels?lang=en");
		assertThat(waitFor(By.id("tripartite-coverage")).getText()).contains("1 of 3");
		assertThat(this.driver.findElement(By.id("channel-EMBASSY_IN_LA_PAZ")).getText()).contains("1");
		assertThat(this.driver.findElement(By.id("channel-gaps")).getText())
			.contains("Bolivia's embassy in the country")
			.contains("Direct from La Paz");
		assertNoContentSecurityPolicyViolations();

		// the Medellín mentor sees this candidate and not the Peruvian one
		this.driver.manage().deleteAllCookies();
		login("mentor", TEST_PASSWORD);
		waitFor(By.id("user-menu"));
		open("/outreach/candidates?lang=en&stage=INTERESTED");
		assertThat(waitFor(By.tagName("main")).getText()).contains(this.colombianName);
		open("/outreach/board?lang=en");
		waitFor(By.id("card-" + this.colombian));
		assertThat(this.driver.findElements(By.id("card-" + this.peruvian))).isEmpty();
		assertThat(this.driver.getPageSource()).doesNotContain(this.peruvianName);
		open("/outreach/candidates/" + this.peruvian + "?lang=en");
		assertThat(waitFor(By.tagName("main")).getText()).doesNotContain(this.peruvianName);
		assertThat(this.driver.findElements(By.id("candidate-stage"))).isEmpty();
		open("/cities?lang=en&q=" + this.peruvianName.replace(' ', '+'));
		assertThat(waitFor(By.tagName("main")).getText()).doesNotContain(this.peruvianName);
		assertNoContentSecurityPolicyViolations();
	}

	private void moveCard(Stage target) {
		new Select(waitFor(By.id("target-" + this.colombian))).selectByValue(target.name());
		click(By.cssSelector("#card-" + this.colombian + " button[type=submit]"));
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((
				driver) -> !driver.findElements(By.cssSelector("#column-" + target.name() + " #card-" + this.colombian))
					.isEmpty());
	}

	private long candidate(String name, String country) {
		long id = this.testCities.create(name, country);
		this.pipeline.identify(id, "test", "coordinacion");
		return id;
	}

}
