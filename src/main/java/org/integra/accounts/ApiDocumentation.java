package org.integra.accounts;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API as a whole in OpenAPI, including how scripts authenticate: a personal
 * token, created on the user's own account page, sent as {@code Authorization: Bearer}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String TOKEN_SCHEME = "personalToken";

	/** The shape of every list, told once for the whole API. */
	static final String LISTS = "Every list answers one page as {\"items\": [...], \"page\": 0, \"size\": 50, "
			+ "\"totalItems\": 120, \"totalPages\": 3}: page counts from 0, size is the items per page asked "
			+ "for, totalItems and totalPages count all pages (totalPages is 0 when there are no items). The page "
			+ "request parameter counts from 0 too. A list without page parameters is answered whole, as page 0 "
			+ "of 1 with size the number of items. The ranking, the outbox and a city's criteria values add their "
			+ "own fields beside these five.";

	@Bean
	OpenAPI integraOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Integra API")
				.version("v1")
				.description("Cities, ranking, outreach and the work plan of a city network. "
						+ "Authenticate with a personal API token (My account → API tokens) "
						+ "sent as 'Authorization: Bearer <token>'. Errors are application/problem+json. " + LISTS))
			.components(new Components().addSecuritySchemes(TOKEN_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token, shown once when it is created")))
			.addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
	}

}
