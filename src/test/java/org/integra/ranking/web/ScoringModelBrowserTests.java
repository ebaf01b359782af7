package org.integra.ranking.web;

import java.util.List;

import org.integra.BrowserTestSupport;
import org.integra.ranking.Criterion;
import org.integra.ranking.ScoringModels;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator creates a scoring model (watching the normalised shares follow the
 * weights), saves a second version and compares the two.
 */
class ScoringModelBrowserTests extends BrowserTestSupport {

	@Autowired
	ScoringModels models;

	private WebElement weightInput(Criterion criterion) {
		return this.driver.findElement(By.id("weights" + criterion.getId()));
	}

	private String share(Criterion criterion) {
		return this.driver
			.findElement(By.cssSelector("output.weight-percent[data-criterion='" + criterion.getId() + "']"))
			.getText();
	}

	private void setWeights(List<Criterion> criteria, String... weights) {
		for (int i = 0; i < criteria.size(); i++) {
			WebElement input = weightInput(criteria.get(i));
			input.clear();
			input.sendKeys((i < weights.length) ? weights[i] : "0");
		}
	}

	@Test
	void createSaveAVersionAndCompare() {
		List<Criterion> criteria = this.models.weighableCriteria();
		login("admin", TEST_PASSWORD);
		waitFor(By.id("user-menu"));
		open("/ranking/models/new?lang=en");
		waitFor(By.id("model-form"));
		this.driver.findElement(By.id("name")).sendKeys("Browser model");
		setWeights(criteria, "3", "1");
		assertThat(share(criteria.get(0))).isEqualTo("75.0 %");
		assertThat(share(criteria.get(1))).isEqualTo("25.0 %");
		this.driver.findElement(By.id("note")).sendKeys("First try");
		click(By.id("save-model"));
		waitFor(By.id("current-version"));
		assertThat(this.driver.findElement(By.id("model-weights")).getText()).contains("75.00 %");

		click(By.id("edit-model"));
		waitFor(By.id("model-form"));
		setWeights(criteria, "0", "1");
		assertThat(share(criteria.get(1))).isEqualTo("100.0 %");
		new Select(this.driver.findElement(By.id("method"))).selectByValue("TOPSIS");
		this.driver.findElement(By.id("note")).sendKeys("Port only");
		click(By.id("save-model"));
		waitFor(By.id("current-version"));
		assertThat(this.driver.findElement(By.id("current-version")).getText()).contains("2");
		screenshot("scoring-model-page");

		click(By.cssSelector("#compare-form button[type=submit]"));
		new WebDriverWait(this.driver, java.time.Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-settings")));
		assertThat(this.driver.findElement(By.id("compare-method")).getAttribute("class")).contains("compare-differs");
		assertThat(this.driver.findElements(By.cssSelector("#compare-ranking tr.rank-change"))).isNotEmpty();
		this.driver.executeScript("document.getElementById('compare-ranking').scrollIntoView({behavior: 'instant'});");
		screenshot("scoring-model-compare");
		assertNoContentSecurityPolicyViolations();
	}

}
