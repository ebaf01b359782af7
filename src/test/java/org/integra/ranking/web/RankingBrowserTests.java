package org.integra.ranking.web;

import java.time.Duration;
import java.util.List;

import org.integra.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey through the ranking: open it, move a weight, see the order change
 * in place (no page load), see the robustness arrive, open a city's explanation,
 * shortlist it and find it in the outreach pipeline as shortlisted.
 */
class RankingBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	private List<String> order() {
		return this.driver.findElements(By.cssSelector("#ranking-table tbody tr"))
			.stream()
			.map((row) -> row.getAttribute("data-city"))
			.toList();
	}

	@Test
	void movingAWeightReRanksInPlaceAndACityExplainsItsRank() {
		RankingOrderFixture.Data fixture = RankingOrderFixture.ensure(this.context);
		List<String> cities = fixture.cities().stream().map(String::valueOf).toList();
		login("coordinacion", TEST_PASSWORD);
		waitFor(By.id("user-menu"));
		open("/ranking?lang=en&model=" + fixture.modelId());
		waitFor(By.id("ranking-table"));
		assertThat(order()).containsExactlyElementsOf(cities);
		// the probabilities arrive after the table
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		wait.until((driver) -> !driver.findElements(By.id("robustness-intervals")).isEmpty());
		assertThat(this.driver.findElement(By.id("p-" + cities.get(0))).getText()).endsWith("%");

		this.driver.executeScript("window.rankingNotReloaded = true;");
		WebElement a = this.driver.findElement(By.id("w" + fixture.criterionA()));
		WebElement b = this.driver.findElement(By.id("w" + fixture.criterionB()));
		this.driver.executeScript("arguments[0].value = '0';"
				+ "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));" + "arguments[1].value = '100';"
				+ "arguments[1].dispatchEvent(new Event('input', { bubbles: true }));", a, b);
		wait.until((driver) -> order().equals(List.of(cities.get(2), cities.get(1), cities.get(0))));
		assertThat(this.driver.executeScript("return window.rankingNotReloaded === true;")).isEqualTo(true);
		assertThat(this.driver.getCurrentUrl()).contains("w" + fixture.criterionA() + "=0");
		assertThat(this.driver.findElement(By.id("w" + fixture.criterionA() + "-value")).getText()).isEqualTo("0");
		assertThat(this.driver.findElement(By.id("ranking-custom")).isDisplayed()).isTrue();
		wait.until((driver) -> !driver.findElements(By.id("robustness-intervals")).isEmpty());

		this.driver.findElement(By.cssSelector("#rank-row-" + cities.get(2) + " .ranking-explain")).click();
		WebElement explanation = waitFor(By.id("explain-text"));
		assertThat(explanation.getText()).contains("is ranked 1 of 3").contains("It is first");
		assertThat(this.driver.findElement(By.id("explain-model")).getText()).contains("weights being tried out");
		assertThat(this.driver.findElements(By.cssSelector("#explain-table tbody tr"))).hasSize(1);
		assertNoContentSecurityPolicyViolations();

		// shortlist it from its explanation: the standing under the model's own weights
		// is recorded
		this.driver.findElement(By.id("explain-shortlist")).click();
		waitFor(By.id("shortlist-standing"));
		this.driver.findElement(By.id("reason"))
			.sendKeys("Puerto y ciudad intermedia: prioridad para la UT de Turismo");
		this.driver.findElement(By.id("shortlist-submit")).click();
		WebElement list = waitFor(By.id("shortlist-table"));
		assertThat(list.getText()).contains("Puerto y ciudad intermedia: prioridad para la UT de Turismo");
		open("/outreach/candidates/" + cities.get(2) + "?lang=en");
		assertThat(waitFor(By.id("candidate-stage")).getText()).isEqualTo("Shortlisted");
		assertNoContentSecurityPolicyViolations();
	}

}
