package org.integra.system;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.integra.IntegraTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every GET of the API under {@code /api/v1}, found from Spring's handler mappings, that
 * answers a list answers it in one shape: {@code items}, {@code page} (from 0),
 * {@code size}, {@code totalItems}, {@code totalPages}. A handler that returns a bare
 * collection, array or Spring Data page fails the test, and so does one whose answer the
 * test cannot read from its return type unless {@link #DECLARED} says what it is.
 */
@IntegraTest
class ApiListShapeTests {

	static final List<String> FIELDS = List.of("items", "page", "size", "totalItems", "totalPages");

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?::[^}]*)?}");

	/**
	 * Routes whose return type does not tell (a {@code ResponseEntity<?>}): true for a
	 * list, false for one record.
	 */
	static final Map<String, Boolean> DECLARED = Map.of("/api/v1/ranking", true);

	/** The query a list route is called with, when it needs one. */
	static final Map<String, String> QUERIES = Map.of("/api/v1/ranking", "?probabilities=false");

	/** How to find an id for each path variable of a list route. */
	static final Map<String, String> SAMPLE_IDS = Map.ofEntries(
			Map.entry("/api/v1/organizations/{id}/relationships", "select min(id) from directory_organization"),
			Map.entry("/api/v1/candidates/{cityId}/mentor-suggestions", "select min(city_id) from candidate"),
			Map.entry("/api/v1/scoring-models/{id}/versions", "select min(id) from scoring_model"),
			Map.entry("/api/v1/cities/{id}/criteria-values", "select min(id) from city"),
			Map.entry("/api/v1/events/{id}/invitations", "select min(id) from event"),
			Map.entry("/api/v1/events/{id}/reminders", "select min(id) from event"),
			Map.entry("/api/v1/events/{id}/sessions", "select min(id) from event"),
			Map.entry("/api/v1/events/{id}/showcase", "select min(id) from event"),
			Map.entry("/api/v1/events/{id}/registrations", "select min(id) from event"),
			Map.entry("/api/v1/events/{id}/attendance", "select min(id) from event"));

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noApiRouteAnswersABareCollectionAndEveryPageTypeHasTheFiveFields() {
		Map<String, ResolvableType> routes = apiGets();
		List<String> bare = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<String, ResolvableType> route : routes.entrySet()) {
			Class<?> type = route.getValue().resolve(Object.class);
			if (isCollection(type)) {
				bare.add(route.getKey() + " returns " + route.getValue());
			}
			else if (type == Object.class && !DECLARED.containsKey(route.getKey())) {
				unknown.add(route.getKey());
			}
			else if (type.isRecord() && hasItems(type)) {
				assertThat(components(type)).as(route.getKey()).containsAll(FIELDS);
			}
		}
		assertThat(bare).as("API lists must answer org.integra.system.ApiPage (or its five fields)").isEmpty();
		assertThat(unknown).as("return type says nothing: declare in DECLARED whether it is a list").isEmpty();
		assertThat(DECLARED.keySet()).as("declared routes exist").allMatch(routes::containsKey);
	}

	@Test
	void everyListRouteAnswersItemsPageSizeTotalItemsAndTotalPages() throws Exception {
		List<String> lists = listRoutes();
		assertThat(lists).as("the walk finds the lists")
			.contains("/api/v1/cities", "/api/v1/countries", "/api/v1/audit", "/api/v1/outbox", "/api/v1/ranking",
					"/api/v1/channel-matrix", "/api/v1/mentor-activity", "/api/v1/organizations/{id}/relationships");
		for (String route : lists) {
			String path = route;
			if (VARIABLE.matcher(route).find()) {
				assertThat(SAMPLE_IDS).as("a sample id for " + route).containsKey(route);
				Long id = this.jdbc.sql(SAMPLE_IDS.get(route))
					.query(Long.class)
					.list()
					.stream()
					.filter(java.util.Objects::nonNull)
					.findFirst()
					.orElse(null);
				assertThat(id).as("a record to call " + route + " with").isNotNull();
				path = VARIABLE.matcher(route).replaceAll(id.toString());
			}
			MockHttpServletResponse response = this.mvc
				.perform(get(path + QUERIES.getOrDefault(route, "")).with(user("admin").roles("ADMIN")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
			JsonNode body = this.json.readTree(response.getContentAsString());
			assertPage(route, body);
		}
	}

	private static void assertPage(String route, JsonNode body) {
		assertThat(body.isObject()).as(route + " answers an object").isTrue();
		assertThat(body.get("items")).as(route + " items").isNotNull();
		assertThat(body.get("items").isArray()).as(route + " items is an array").isTrue();
		for (String field : FIELDS.subList(1, FIELDS.size())) {
			assertThat(body.get(field)).as(route + " " + field).isNotNull();
			assertThat(body.get(field).isIntegralNumber()).as(route + " " + field + " is a number").isTrue();
		}
		assertThat(body.get("page").asInt()).as(route + " page counts from 0").isZero();
		int size = body.get("size").asInt();
		long total = body.get("totalItems").asLong();
		assertThat(body.get("items").size()).as(route + " items fit the page").isLessThanOrEqualTo(Math.max(size, 0));
		assertThat(total).as(route + " totalItems").isGreaterThanOrEqualTo(body.get("items").size());
		assertThat(body.get("totalPages").asLong()).as(route + " totalPages")
			.isEqualTo((size == 0 || total == 0) ? 0 : (total + size - 1) / size);
	}

	/**
	 * The GET routes under /api/v1 that answer a list, by their return type or DECLARED.
	 */
	private List<String> listRoutes() {
		List<String> lists = new ArrayList<>();
		apiGets().forEach((route, type) -> {
			Class<?> raw = type.resolve(Object.class);
			if (DECLARED.getOrDefault(route, false) || (raw.isRecord() && hasItems(raw))) {
				lists.add(route);
			}
		});
		return lists;
	}

	/**
	 * Every GET route under /api/v1, its pattern without regular expressions, and what it
	 * returns.
	 */
	private Map<String, ResolvableType> apiGets() {
		Map<String, ResolvableType> routes = new TreeMap<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				var methods = entry.getKey().getMethodsCondition().getMethods();
				if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
					continue;
				}
				ResolvableType type = ResolvableType.forMethodReturnType(entry.getValue().getMethod());
				while (HttpEntity.class.isAssignableFrom(type.resolve(Object.class))) {
					type = type.as(HttpEntity.class).getGeneric(0);
				}
				for (String pattern : entry.getKey().getPatternValues()) {
					if (pattern.startsWith("/api/v1/")) {
						routes.put(VARIABLE.matcher(pattern).replaceAll("{$1}"), type);
					}
				}
			}
		}
		assertThat(routes).as("API routes found").isNotEmpty();
		return routes;
	}

	private static boolean isCollection(Class<?> type) {
		return type.isArray() || Iterable.class.isAssignableFrom(type) || Iterator.class.isAssignableFrom(type)
				|| Stream.class.isAssignableFrom(type) || Slice.class.isAssignableFrom(type);
	}

	private static boolean hasItems(Class<?> type) {
		return components(type).contains("items");
	}

	private static List<String> components(Class<?> record) {
		return Stream.of(record.getRecordComponents()).map(RecordComponent::getName).toList();
	}

}
