package org.integra.system;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caller an endpoint gets as an {@link Actor} comes from the sign-in, not from the
 * request: the API documentation names no parameter for it.
 */
@IntegraTest
class ActorApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "VIEWER")
	void theApiDocumentationAsksForNoActor() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/candidates/{cityId}'].get").exists())
			.andExpect(
					jsonPath("$.paths['/api/v1/candidates/{cityId}'].get.parameters[?(@.name != 'cityId')]").isEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/interactions/{id}'].put.parameters[?(@.name != 'id')]").isEmpty());
	}

}
