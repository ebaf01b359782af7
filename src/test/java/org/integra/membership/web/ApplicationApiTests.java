package org.integra.membership.web;

import com.jayway.jsonpath.JsonPath;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.membership.Applications;
import org.integra.membership.DocumentKind;
import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applications' API: the list's shape, steps, and refusals as problem+json. */
@IntegraTest
class ApplicationApiTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	static final Actor PREPARER = Actor.of("coordinacion", Roles.COORDINATOR);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCities cities;

	@Autowired
	Applications applications;

	@Test
	void theListIsAPageFilteredByStatusAndCountry() throws Exception {
		long city = this.cities.create(TestCities.unique("Ciudad de la API"), "PY");
		long id = this.applications.open(city, PREPARER).getId();
		this.mvc.perform(get("/api/v1/applications").param("size", "1").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.totalItems").isNumber())
			.andExpect(jsonPath("$.totalPages").isNumber());
		this.mvc.perform(get("/api/v1/applications").param("status", "DRAFT").param("country", "PY").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.items[0].status").value("DRAFT"))
			.andExpect(jsonPath("$.items[0].countryCode").value("PY"));
		this.mvc.perform(get("/api/v1/applications").param("status", "NOPE").with(VIEWER))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void aCoordinatorOpensAndSubmitsThroughTheApiAndRefusalsAreProblems() throws Exception {
		long city = this.cities.create(TestCities.unique("Ciudad de la API"), "PY");
		String created = this.mvc
			.perform(post("/api/v1/applications").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\": " + city + "}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/applications/")))
			.andExpect(jsonPath("$.application.status").value("DRAFT"))
			.andExpect(jsonPath("$.missing.length()").value(2))
			.andExpect(jsonPath("$.steps.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.application.id");
		String steps = "/api/v1/applications/" + id + "/steps";

		this.mvc
			.perform(post(steps).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"SUBMITTED\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.missing.length()").value(2));
		this.applications.noteDocument(id, DocumentKind.MAYOR_LETTER, PREPARER);
		this.applications.noteDocument(id, DocumentKind.APPLICATION_FORM, PREPARER);
		this.mvc
			.perform(post(steps).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"SUBMITTED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.application.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.documents[*].kind", hasItem("MAYOR_LETTER")))
			.andExpect(jsonPath("$.steps[1].from").value("DRAFT"))
			.andExpect(jsonPath("$.steps[1].by").value("coordinacion"));

		this.mvc
			.perform(post(steps).with(SECRETARIAT)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"DOCUMENTS_COMPLETE\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post(steps).with(VIEWER)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"WITHDRAWN\", \"reason\": \"x\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post(steps).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"SOMEWHERE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		this.mvc
			.perform(post(steps).with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"WITHDRAWN\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/applications").with(COORDINATOR)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cityId"));
		this.mvc.perform(get("/api/v1/applications/" + id).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.application.statusLabel").isString())
			.andExpect(jsonPath("$.steps.length()").value(2));
	}

	@Test
	void anUnknownApplicationIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/applications/987654321").with(VIEWER))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/applications/987654321/steps").with(SECRETARIAT)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"RECOMMENDED\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
