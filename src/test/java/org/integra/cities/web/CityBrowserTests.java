package org.integra.cities.web;

import java.util.List;
import java.util.logging.Level;

import org.integra.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's live filter (htmx) and the maps (Leaflet) in a real browser, under the
 * application's Content Security Policy.
 */
class CityBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void signIn() {
		login("admin", TEST_PASSWORD);
	}

	@Test
	void filtersTheListWhileTyping() {
		open("/cities");
		waitFor(By.id("q")).sendKeys("bogota");
		waitUntil(() -> this.driver.findElements(By.cssSelector("#city-table tbody tr")).size() == 1);
		assertThat(this.driver.findElement(By.cssSelector("#city-table tbody tr")).getText()).contains("Bogotá");
		waitUntil(() -> this.driver.getCurrentUrl().contains("q=bogota"));
		this.driver.findElement(By.id("sort-population")).click();
		waitUntil(() -> this.driver.getCurrentUrl().contains("sort=population"));
		waitUntil(() -> List.of("ascending", "descending")
			.contains(this.driver.findElement(By.id("sort-population"))
				.findElement(By.xpath(".."))
				.getAttribute("aria-sort")));
		this.driver.findElement(By.id("relation")).sendKeys("C");
		waitUntil(() -> this.driver.getCurrentUrl().contains("relation=CANDIDATE"));
		assertThat(this.driver.getCurrentUrl()).contains("sort=population");
		assertThat(severeErrors()).isEmpty();
	}

	@Test
	void drawsTheCitiesOnTheMap() {
		open("/cities/map?relation=MEMBER");
		waitUntil(() -> this.driver.findElements(By.cssSelector("path.leaflet-interactive")).size() == 8);
		assertThat(this.driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
			.contains("Natural Earth");
		waitUntil(() -> this.driver.findElement(By.id("map-status")).getText().contains("8"));
		assertThat(severeErrors()).isEmpty();
	}

	@Test
	void drawsOneCityOnItsPage() {
		open("/cities?q=montevideo");
		this.driver.findElement(By.linkText("Montevideo")).click();
		waitUntil(() -> this.driver.findElements(By.cssSelector("#city-map path.leaflet-interactive")).size() == 1);
		assertThat(severeErrors()).isEmpty();
	}

	private List<String> severeErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> !entry.getMessage().contains("favicon.ico"))
			.map(LogEntry::getMessage)
			.toList();
	}

}
