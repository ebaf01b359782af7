package org.integra.tasks.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.tasks.DailyDigest;
import org.integra.tasks.DigestPreference;
import org.integra.tasks.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The digest preference page: saved when valid, refused with a message in the user's
 * language otherwise, and nothing changes.
 */
@IntegraTest
class DigestControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	DailyDigest digest;

	TaskFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TaskFixtures(this.context);
	}

	@Test
	void pageShowsTheFormWithTheZone() throws Exception {
		String username = this.fixtures.user("digest.page", null, "es");
		String page = this.mvc.perform(get("/tasks/digest").with(as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"digestEnabled\"", "id=\"digestHour\"", "id=\"save\"", "America/La_Paz",
				"id=\"digest-no-email\"");
		assertThat(page).doesNotContain("checked");
	}

	@Test
	void savesThePreference() throws Exception {
		String username = this.fixtures.user("digest.save", "save@example.org", "en");
		MvcResult result = this.mvc
			.perform(post("/tasks/digest").with(as(username))
				.with(csrf())
				.param("digestEnabled", "true")
				.param("digestHour", "6"))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks/digest");
		DigestPreference saved = this.digest.preferenceOf(username);
		assertThat(saved.isEnabled()).isTrue();
		assertThat(saved.getHour()).isEqualTo(6);
		String page = this.mvc.perform(get("/tasks/digest").with(as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("checked").contains("value=\"6\"").doesNotContain("id=\"digest-no-email\"");

		this.mvc.perform(post("/tasks/digest").with(as(username)).with(csrf()).param("digestHour", "23"));
		assertThat(this.digest.preferenceOf(username).isEnabled()).isFalse();
		assertThat(this.digest.preferenceOf(username).getHour()).isEqualTo(23);
	}

	@Test
	void refusesHoursOutOfRangeWithAMessageInTheUsersLanguage() throws Exception {
		String username = this.fixtures.user("digest.range", "range@example.org", "pt");
		this.digest.change(username, true, 9);
		for (String hour : List.of("24", "-1", "", "7.5", "99999999999")) {
			MvcResult result = this.mvc
				.perform(post("/tasks/digest").with(as(username))
					.with(csrf())
					.header("Accept-Language", "pt")
					.param("digestEnabled", "false")
					.param("digestHour", hour))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			assertThat(result.getResponse().getStatus()).as(hour).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).as(hour).contains("is-invalid");
		}
		MvcResult tooLate = this.mvc
			.perform(post("/tasks/digest").with(as(username))
				.with(csrf())
				.cookie(new Cookie("integra-lang", "pt"))
				.param("digestEnabled", "true")
				.param("digestHour", "24"))
			.andReturn();
		assertThat(tooLate.getResponse().getContentAsString()).contains("Deve ser no máximo 23");
		DigestPreference unchanged = this.digest.preferenceOf(username);
		assertThat(unchanged.isEnabled()).isTrue();
		assertThat(unchanged.getHour()).isEqualTo(9);
	}

	static Stream<String> hostileInputs() {
		return HostileInputs.ALL.stream();
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void hostileInputChangesNothing(String hostile) throws Exception {
		String username = this.fixtures.user("digest.hostile", "hostile@example.org", "es");
		this.digest.change(username, true, 9);
		for (String[] fields : List.of(new String[] { "true", hostile }, new String[] { hostile, "8" })) {
			MvcResult result = this.mvc
				.perform(post("/tasks/digest").with(as(username))
					.with(csrf())
					.param("digestEnabled", fields[0])
					.param("digestHour", fields[1]))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			String page = result.getResponse().getContentAsString();
			assertThat(page).contains("is-invalid");
			HostileInputs.assertRenderedEscaped(page, hostile);
		}
		DigestPreference unchanged = this.digest.preferenceOf(username);
		assertThat(unchanged.isEnabled()).isTrue();
		assertThat(unchanged.getHour()).isEqualTo(9);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
