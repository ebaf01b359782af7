package org.integra.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets problem+json, which keys explain a status, and where "back" leads.
 */
class ErrorClientsTests {

	@Test
	void apiPathsAndJsonClientsGetProblems() {
		assertThat(ErrorClients.wantsProblem("/api/v1/cities", "text/html")).isTrue();
		assertThat(ErrorClients.wantsProblem("/cities", "application/json")).isTrue();
		assertThat(ErrorClients.wantsProblem("/cities", "application/problem+json")).isTrue();
		assertThat(ErrorClients.wantsProblem("/cities", "text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
		assertThat(ErrorClients.wantsProblem("/cities", null)).isFalse();
		assertThat(ErrorClients.wantsProblem("/apiary", "text/html")).isFalse();
	}

	@Test
	void aStatusWithoutItsOwnWordingFallsBackToTheGenericOne() {
		assertThat(ErrorMessages.of(404, "error.404.title"::equals))
			.isEqualTo(new ErrorMessages(404, "error.404.title", "error.404.text"));
		assertThat(ErrorMessages.of(418, "error.404.title"::equals))
			.isEqualTo(new ErrorMessages(418, "error.generic.title", "error.generic.text"));
	}

	@Test
	void backLeadsOnlyToAnotherPageOfThisSite() {
		assertThat(ErrorClients.backLink("http://integra.example:8080/cities?q=a", "integra.example", 8080, "/x"))
			.isEqualTo("/cities?q=a");
		assertThat(ErrorClients.backLink("https://integra.example/", "integra.example", 443, "/x")).isEqualTo("/");
		assertThat(ErrorClients.backLink("https://evil.example/cities", "integra.example", 443, "/x")).isNull();
		assertThat(ErrorClients.backLink("http://integra.example:9999/cities", "integra.example", 8080, "/x")).isNull();
		assertThat(ErrorClients.backLink("http://integra.example:8080/x", "integra.example", 8080, "/x")).isNull();
		assertThat(ErrorClients.backLink("javascript:alert(1)", "integra.example", 8080, "/x")).isNull();
		assertThat(ErrorClients.backLink("http://integra.example:8080//evil.example", "integra.example", 8080, "/x"))
			.isNull();
		assertThat(ErrorClients.backLink("not a uri", "integra.example", 8080, "/x")).isNull();
		assertThat(ErrorClients.backLink(null, "integra.example", 8080, "/x")).isNull();
	}

}
