package org.integra.letters.web;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class LetterApiTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void templatesAreCreatedReadChangedWithVersionAndDeleted() throws Exception {
		String name = "API " + System.nanoTime();
		String body = """
				{"name":"%s","purpose":"OTHER","kind":"EMAIL","language":"en","subject":"Hello {{city}}",
				 "body":"Dear {{contact.name}},\\n\\nText."}""".formatted(name);
		String location = this.mvc
			.perform(post("/api/v1/letter-templates").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.kind").value("EMAIL"));
		this.mvc.perform(get("/api/v1/letter-templates").param("language", "en").with(COORDINATOR))
			.andExpect(jsonPath("$.items[*].name", hasItem(name)));
		String change = """
				{"name":"%s","purpose":"OTHER","kind":"EMAIL","language":"en","subject":"Hi {{city}}",
				 "body":"Text.","version":0}""".formatted(name);
		this.mvc.perform(
				put(location).with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(
				put(location).with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(location).with(COORDINATOR).with(csrf())).andExpect(status().isNoContent());
		this.mvc.perform(get(location).with(COORDINATOR)).andExpect(status().isNotFound());
	}

	@Test
	void unknownFieldsAndValuesAreRefusedByName() throws Exception {
		this.mvc.perform(post("/api/v1/letter-templates").with(COORDINATOR)
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name":"x","purpose":"OTHER","kind":"LETTER","language":"es","subject":"{{alcalde}}","body":"x"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("alcalde")));
		this.mvc
			.perform(post("/api/v1/letter-templates").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"x","purpose":"<script>","kind":"LETTER","language":"es","subject":"x","body":"x"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"));
	}

	@Test
	void previewFillsATemplateForACandidateAndListsMissingFields() throws Exception {
		long city = this.jdbc.sql("select min(city_id) from candidate").query(Long.class).single();
		long template = this.jdbc
			.sql("select min(id) from letter_template where purpose = 'FIRST_LETTER_TO_MAYOR' and language = 'es'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/letters/preview").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateId\":" + template + ",\"cityId\":" + city + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("es"))
			.andExpect(jsonPath("$.missingFields", hasItem("contact.name")))
			.andExpect(jsonPath("$.body", containsString("[contact.name]")));
		this.mvc
			.perform(post("/api/v1/letters/preview").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateId\":" + template + ",\"cityId\":0}"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("problem")));
		assertThat(template).isPositive();
	}

	@Test
	void aLetterWithUnfilledFieldsIsRefusedWithTheFieldsUnlessConfirmed() throws Exception {
		long city = this.jdbc.sql("select min(city_id) from candidate").query(Long.class).single();
		long template = this.jdbc
			.sql("select min(id) from letter_template where purpose = 'FIRST_LETTER_TO_MAYOR' and language = 'es'")
			.query(Long.class)
			.single();
		String body = "{\"templateId\":" + template + ",\"cityId\":" + city + ",\"channel\":\"DIRECT_FROM_LA_PAZ\"";
		long before = letters(city);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into directory_person (name, email, name_search, version, created_at, updated_at) "
					+ "values ('Sin Cargo API', 'sincargo@example.org', 'sin cargo api', 0, current_timestamp, "
					+ "current_timestamp)")
			.update(keys, "id");
		long person = keys.getKey().longValue();
		for (String action : new String[] { "/api/v1/letters/pdf", "/api/v1/letters/send" }) {
			this.mvc
				.perform(post(action).with(COORDINATOR)
					.with(csrf())
					.header("Accept-Language", "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content(action.endsWith("pdf") ? body + "}"
							: body + ",\"personId\":" + person + ",\"confirmMissingFields\":false}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(header().string("Content-Type", containsString("application/problem+json")))
				.andExpect(jsonPath("$.missingFields",
						hasItem(action.endsWith("pdf") ? "contact.name" : "contact.position")))
				.andExpect(jsonPath("$.detail", containsString("unfilled")));
		}
		assertThat(letters(city)).isEqualTo(before);
		this.mvc
			.perform(post("/api/v1/letters/pdf").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body + ",\"confirmMissingFields\":true}"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		assertThat(letters(city)).isEqualTo(before + 1);
		long interaction = this.jdbc
			.sql("select interaction_id from letter where id = (select max(id) from letter where city_id = ?)")
			.param(city)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from letter where interaction_id = ?").param(interaction).update();
		this.jdbc.sql("delete from interaction where id = ?").param(interaction).update();
		this.jdbc.sql("delete from directory_person where id = ?").param(person).update();
	}

	private long letters(long city) {
		return this.jdbc.sql("select count(*) from letter where city_id = ?").param(city).query(Long.class).single();
	}

}
