package org.integra;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey through the foundation: sign in, switch to Portuguese, find Bogotá
 * without its accent, change its population, see the change in its history, open the map.
 */
class FoundationJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void findsAndEditsBogotaInPortugueseAndSeesItInTheHistoryAndOnTheMap() {
		login("coordinacion", TEST_PASSWORD);
		this.driver.findElement(By.id("language-menu")).click();
		waitFor(By.id("lang-pt")).click();
		waitForLanguage("pt");

		open("/cities");
		waitFor(By.id("q")).sendKeys("bogota");
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((driver) -> driver.findElements(By.cssSelector("#city-table tbody tr")).size() == 1);
		this.driver.findElement(By.linkText("Bogotá")).click();
		waitFor(By.id("city-name"));
		assertThat(this.driver.findElement(By.id("city-name")).getText()).isEqualTo("Bogotá");

		this.driver.findElement(By.id("edit-city")).click();
		WebElement population = waitFor(By.id("population"));
		population.clear();
		population.sendKeys("7412567");
		this.driver.findElement(By.id("save-city")).click();

		WebElement history = waitFor(By.id("history"));
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pt");
		assertThat(history.getText()).contains("População")
			.contains("7412566")
			.contains("7412567")
			.contains("coordinacion");

		open("/cities/map?q=bogota");
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((driver) -> driver.findElements(By.cssSelector("path.leaflet-interactive")).size() == 1);
		assertThat(this.driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
			.contains("Natural Earth");
	}

}
