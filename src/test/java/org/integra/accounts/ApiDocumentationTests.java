package org.integra.accounts;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "VIEWER")
	void documentsTheTokenAuthenticationAndTheApiPaths() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Integra API"))
			.andExpect(jsonPath("$.components.securitySchemes.personalToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.security[0].personalToken").isArray())
			.andExpect(jsonPath("$.paths['/api/v1/cities']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/countries']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit']").exists());
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void documentsTheShapeOfEveryListOnce() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.description").value(containsString(
					"{\"items\": [...], \"page\": 0, \"size\": 50, \"totalItems\": 120, \"totalPages\": 3}")))
			.andExpect(jsonPath("$.info.description").value(containsString("The page request parameter counts from 0")))
			.andExpect(jsonPath("$.components.schemas.ApiPageCountryDto.properties.items.type").value("array"))
			.andExpect(jsonPath("$.components.schemas.ApiPageCountryDto.properties.page.description")
				.value("Page number, from 0"))
			.andExpect(jsonPath("$.components.schemas.ApiPageCityDto.properties.totalItems").exists())
			.andExpect(jsonPath("$.components.schemas.ApiPageCityDto.properties.totalPages").exists())
			.andExpect(jsonPath("$.components.schemas.ApiPageCityDto.properties.totalElements").doesNotExist());
	}

}
