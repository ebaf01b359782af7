package org.integra.events.web;

import org.integra.BrowserTestSupport;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of people of the directory on the event forms (speakers, forum
 * representatives and contacts, showcase contact) are narrowed by typing in the box above
 * them, accents and case ignored, and what was chosen stays in sight.
 */
class PeoplePickerBrowserTests extends BrowserTestSupport {

	@Autowired
	Events events;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void typingNarrowsTheSpeakersAndKeepsTheChosenInSight() {
		EventFixtures fixtures = new EventFixtures(this.events, this.cities, this.jdbc);
		long event = fixtures.announcedEvent(null);
		long city = fixtures.candidate("INTERESTED", "PE");
		String unique = TestCities.unique("Picker").replace(" ", "");
		long ana = fixtures.contact(city, "Ána " + unique, "es");
		long bruno = fixtures.contact(city, "Bruno " + unique, "es");

		login("admin", TEST_PASSWORD);
		waitFor(By.id("user-menu"));
		open("/events/" + event + "/sessions/new?lang=es");
		WebElement anaOption = waitFor(By.cssSelector("#speakerIds option[value='" + ana + "']"));
		WebElement brunoOption = this.driver.findElement(By.cssSelector("#speakerIds option[value='" + bruno + "']"));
		brunoOption.click();

		this.driver.findElement(By.id("speakerIds-filter")).sendKeys("ana " + unique.toLowerCase());

		assertThat(hidden(anaOption)).as("matches without its accent").isFalse();
		assertThat(hidden(brunoOption)).as("chosen, so still in sight").isFalse();
		assertThat(this.driver.findElements(By.cssSelector("#speakerIds option"))
			.stream()
			.filter((option) -> !hidden(option))
			.count()).isEqualTo(2);
	}

	private boolean hidden(WebElement option) {
		return Boolean.TRUE.equals(this.driver.executeScript("return arguments[0].hidden;", option));
	}

}
