package org.integra.outreach;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.IntegraTest;
import org.integra.SignedIn;
import org.integra.accounts.Accounts;
import org.integra.cities.TestCities;
import org.integra.letters.LetterTemplates;
import org.integra.letters.TemplatePurpose;
import org.integra.tasks.TaskDraft;
import org.integra.tasks.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route that takes the id of a directory record (a path variable, request
 * parameter, form field or JSON field named like {@code personId}, {@code personIds},
 * {@code organizationId} or {@code intermediaryId}), found from Spring's handler
 * mappings, refuses the Medellín mentor an organization or person of a Peruvian candidate
 * not assigned to Medellín: 404 (problem+json for the API), page and htmx alike, and
 * nothing is written. The same request with the government of a Colombian candidate
 * assigned to Medellín (and its mayor) is not refused as not found, so the 404 comes from
 * the scope. A route closed to mentors altogether (403 either way) is refused too. A
 * route found here that the test cannot call fails it, unless listed in
 * {@link #NOT_EXERCISED} with a reason.
 */
@IntegraTest
class MentorDirectoryScopeTests {

	/** A name that carries the id of a directory record. */
	static final Pattern REFERENCE = Pattern.compile("(?i).*(personids?|organizationid|intermediaryid)");

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?::[^}]*)?}");

	/** "METHOD pattern" of a route found but not called here, and why. */
	static final Map<String, String> NOT_EXERCISED = Map.of("POST /events/{id:\\d+}/invitations",
			"only coordinators and admins invite: the mentor is refused (403) before any person id is read, "
					+ "as AuthorizationMatrixTests checks",
			"POST /events/{id:\\d+}/registrations/{registrationId:\\d+}/person",
			"only coordinators and admins link a registration to a person: the mentor is refused (403) before any "
					+ "person id is read, as AuthorizationMatrixTests checks",
			"POST /api/v1/events/{id:\\d+}/invitations",
			"only coordinators and admins invite through the API: the mentor is refused (403) before any person id "
					+ "is read, as AuthorizationMatrixTests checks",
			"POST /events/{id:\\d+}/showcase",
			"only those who edit the event fill its showcase: the mentor is refused (403) before the contact person "
					+ "is read, as AuthorizationMatrixTests checks",
			"POST /events/{id:\\d+}/showcase/{entryId:\\d+}/edit",
			"only those who edit the event change its showcase: the mentor is refused (403) before the contact "
					+ "person is read, as AuthorizationMatrixTests checks",
			"POST /api/v1/events/{id:\\d+}/registrations/{registrationId:\\d+}/person",
			"only coordinators and admins link a registration to a person through the API: the mentor is refused "
					+ "(403) by the URL rule before any person id is read, as AuthorizationMatrixTests checks");

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Mentors mentors;

	@Autowired
	Interactions interactions;

	@Autowired
	Tasks tasks;

	@Autowired
	LetterTemplates templates;

	@Autowired
	Accounts accounts;

	final List<Long> cities = new ArrayList<>();

	final List<Long> organizations = new ArrayList<>();

	final List<Long> people = new ArrayList<>();

	long medellin;

	long colombian;

	long ownOrganization;

	long ownPerson;

	long foreignOrganization;

	long foreignPerson;

	long interaction;

	long task;

	long template;

	@BeforeEach
	void records() {
		String unique = Long.toString(System.nanoTime(), 36);
		this.medellin = this.accounts.mentorCityOf("mentor").orElseThrow();
		this.colombian = city("Alcanzacol " + unique, "CO");
		long peruvian = city("Alcanzaper " + unique, "PE");
		this.mentors.assign(this.colombian, this.medellin, null, "coordinacion");
		this.ownOrganization = organization("Alcaldía de Alcanzacol " + unique, "CO", this.colombian);
		this.ownPerson = person("Alcaldesa Alcanzacol " + unique, this.ownOrganization);
		this.foreignOrganization = organization("Municipalidad de Alcanzaper " + unique, "PE", peruvian);
		this.foreignPerson = person("Alcalde Alcanzaper " + unique, this.foreignOrganization);
		this.template = this.templates.list(TemplatePurpose.FIRST_LETTER_TO_MAYOR, "es").get(0).getId();
		this.task = SignedIn
			.as("coordinacion", "COORDINATOR", () -> this.tasks.create(new TaskDraft("Alcanzacol task " + unique, null,
					"coordinacion", LocalDate.now().plusDays(3), this.colombian, null, null, null), "coordinacion"))
			.getId();
		UserDetails mentor = this.users.loadUserByUsername("mentor");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(mentor, null, mentor.getAuthorities()));
		try {
			this.interaction = this.interactions
				.log(new InteractionDraft(this.colombian, LocalDate.now(), InteractionKind.MEETING, Channel.MENTOR_CITY,
						null, this.medellin, Set.of(), "Alcanzacol visit " + unique, null, InterestLevel.HIGH, null,
						null, null), "mentor")
				.getId();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@AfterEach
	void remove() {
		for (long city : this.cities) {
			this.jdbc.sql("delete from outbox_message where reference = ?").param("city:" + city).update();
			// interactions, tasks, letters and assignments go with their city
			this.testCities.delete(city);
		}
		this.people.forEach((id) -> this.jdbc.sql("delete from directory_person where id = ?").param(id).update());
		this.organizations
			.forEach((id) -> this.jdbc.sql("delete from directory_organization where id = ?").param(id).update());
	}

	@Test
	void everyRouteTakingADirectoryIdRefusesTheMentorARecordOutsideTheirScope() throws Exception {
		List<Route> routes = routes();
		assertThat(routes).as("routes taking a directory id")
			.extracting(Route::key)
			.contains("GET /letters/compose", "POST /letters/compose/preview", "POST /letters/compose/send",
					"POST /api/v1/letters/preview", "GET /tasks/new", "POST /api/v1/tasks",
					"POST /api/v1/interactions");
		List<String> problems = new ArrayList<>();
		for (Route route : routes) {
			if (NOT_EXERCISED.containsKey(route.key())) {
				continue;
			}
			for (String reference : route.references()) {
				for (boolean htmx : route.isApi() ? List.of(false) : List.of(false, true)) {
					check(route, reference, htmx, problems);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theFormsOfferTheMentorOnlyPeopleWithinTheirScope() throws Exception {
		long otherMentor = this.jdbc.sql(
				"select id from city where network_relation = 'MEMBER' and id <> ? order by id fetch first 1 rows only")
			.param(this.medellin)
			.query(Long.class)
			.single();
		this.mentors.assign(this.colombian, otherMentor, null, "coordinacion");
		String unique = Long.toString(System.nanoTime(), 36);
		long government = organization("Gobierno mentor " + unique, "EC", otherMentor);
		person("Mentora ajena " + unique, government);
		for (String path : List.of("/letters/compose?cityId=" + this.colombian,
				"/outreach/candidates/" + this.colombian + "/interactions/new")) {
			String mentor = page(path, "mentor");
			assertThat(mentor).as(path).contains("Alcaldesa Alcanzacol").doesNotContain("Mentora ajena " + unique);
			assertThat(page(path, "coordinacion")).as(path).contains("Mentora ajena " + unique);
		}
	}

	private String page(String path, String username) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.get(URI.create(path)).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path + " as " + username).isEqualTo(200);
		return response.getContentAsString();
	}

	private void check(Route route, String reference, boolean htmx, List<String> problems) throws Exception {
		String where = route.key() + " " + reference + (htmx ? " (htmx)" : "");
		MockHttpServletRequestBuilder refused = request(route, reference, true, htmx);
		if (refused == null) {
			problems.add(where + ": cannot be called here; call it or list it in NOT_EXERCISED with a reason");
			return;
		}
		Map<String, Object> before = written();
		MockHttpServletResponse response = this.mvc.perform(refused).andReturn().getResponse();
		Map<String, Object> after = written();
		if (!before.equals(after)) {
			problems.add(where + ": wrote " + before + " -> " + after);
		}
		int control = this.mvc.perform(request(route, reference, false, htmx)).andReturn().getResponse().getStatus();
		if (control == 403 && response.getStatus() == 403) {
			// closed to mentors altogether
			return;
		}
		if (response.getStatus() != 404) {
			problems.add(where + ": answered " + response.getStatus() + " for a record outside the scope");
		}
		else if (route.isApi()
				&& !String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			problems.add(where + ": answered 404 as " + response.getContentType());
		}
		if (control == 404 || control >= 500) {
			problems.add(where + ": answered " + control + " for a record within the scope");
		}
	}

	/** What the refused requests could have written. */
	private Map<String, Object> written() {
		Map<String, Object> counts = new TreeMap<>();
		for (String table : List.of("interaction", "interaction_person", "task", "letter", "outbox_message")) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("interaction version", version("interaction", this.interaction));
		counts.put("task version", version("task", this.task));
		return counts;
	}

	private long version(String table, long id) {
		return this.jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
	}

	/**
	 * The request of the route with the reference set to the foreign record (or to the
	 * Colombian one), every other known field valid and the other references left out;
	 * {@code null} when a path variable cannot be filled.
	 */
	private MockHttpServletRequestBuilder request(Route route, String reference, boolean foreign, boolean htmx) {
		boolean person = reference.toLowerCase().contains("person");
		long id = person ? (foreign ? this.foreignPerson : this.ownPerson)
				: (foreign ? this.foreignOrganization : this.ownOrganization);
		Long addressed = null;
		Matcher matcher = VARIABLE.matcher(route.pattern());
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			Long value;
			if (name.equals(reference)) {
				value = id;
			}
			else if (REFERENCE.matcher(name).matches()) {
				value = name.toLowerCase().contains("person") ? this.ownPerson : this.ownOrganization;
			}
			else if (name.toLowerCase().endsWith("cityid")) {
				value = name.toLowerCase().startsWith("mentor") ? this.medellin : this.colombian;
			}
			else if (name.equals("id")) {
				value = addressedBy(route.pattern());
				addressed = value;
			}
			else {
				value = null;
			}
			if (value == null) {
				return null;
			}
			matcher.appendReplacement(path, value.toString());
		}
		matcher.appendTail(path);
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<String, Class<?>> input : route.fields().entrySet()) {
			String name = input.getKey();
			Object value = name.equals(reference) ? Long.valueOf(id)
					: REFERENCE.matcher(name).matches() ? null : valueOf(name, route.pattern(), addressed);
			if (value != null) {
				boolean many = Collection.class.isAssignableFrom(input.getValue());
				fields.put(name, many ? List.of(value) : value);
			}
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()),
				URI.create(path.toString()));
		request.with(user(this.users.loadUserByUsername("mentor")));
		request.accept(route.isApi() ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
		if (htmx) {
			request.header("HX-Request", "true");
		}
		if (!"GET".equals(route.method())) {
			request.with(csrf());
		}
		if (route.json()) {
			request.contentType(MediaType.APPLICATION_JSON).content(json(fields));
		}
		else {
			fields.forEach((name, value) -> {
				if (value instanceof Collection<?> values) {
					values.forEach((one) -> request.param(name, one.toString()));
				}
				else {
					request.param(name, value.toString());
				}
			});
		}
		return request;
	}

	/**
	 * The record an {@code {id}} of the route names, or {@code null} if not known here.
	 */
	private Long addressedBy(String pattern) {
		if (pattern.startsWith("/outreach/interactions/") || pattern.startsWith("/api/v1/interactions/")) {
			return this.interaction;
		}
		if (pattern.startsWith("/tasks/") || pattern.startsWith("/api/v1/tasks/")) {
			return this.task;
		}
		if (pattern.startsWith("/directory/people/") || pattern.startsWith("/api/v1/people/")) {
			return this.ownPerson;
		}
		if (pattern.startsWith("/directory/organizations/") || pattern.startsWith("/api/v1/organizations/")) {
			return this.ownOrganization;
		}
		return null;
	}

	private static String tableOf(String pattern) {
		if (pattern.contains("/interactions/")) {
			return "interaction";
		}
		if (pattern.contains("/tasks/")) {
			return "task";
		}
		return pattern.contains("/people/") ? "directory_person" : "directory_organization";
	}

	/** A valid value for a field of a letter, interaction or task, if it is one. */
	private Object valueOf(String name, String pattern, Long addressed) {
		return switch (name) {
			case "cityId" -> this.colombian;
			case "mentorCityId" -> this.medellin;
			case "templateId" -> this.template;
			case "channel" -> Channel.MENTOR_CITY.name();
			case "kind" -> InteractionKind.MEETING.name();
			case "interest" -> InterestLevel.MEDIUM.name();
			case "occurredOn" -> LocalDate.now().toString();
			case "summary" -> "Scope probe";
			case "title" -> "Scope probe";
			case "assignee" -> "mentor";
			case "dueOn" -> LocalDate.now().plusDays(2).toString();
			case "version" -> (addressed == null) ? null : version(tableOf(pattern), addressed);
			default -> null;
		};
	}

	private static String json(Map<String, Object> fields) {
		StringBuilder json = new StringBuilder("{");
		fields.forEach((name, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":").append(jsonValue(value));
		});
		return json.append('}').toString();
	}

	private static String jsonValue(Object value) {
		if (value instanceof Collection<?> values) {
			return "[" + String.join(",", values.stream().map(MentorDirectoryScopeTests::jsonValue).toList()) + "]";
		}
		return (value instanceof Number) ? value.toString() : "\"" + value + "\"";
	}

	/**
	 * Every handler that takes a directory id, once per HTTP method and pattern, with the
	 * names and types of what it reads from the request.
	 */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				Map<String, Class<?>> fields = new LinkedHashMap<>();
				Set<String> variables = new java.util.TreeSet<>();
				boolean json = false;
				for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
					parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
					if (parameter.hasParameterAnnotation(PathVariable.class)) {
						PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
						variables.add(variable.value().isEmpty() ? parameter.getParameterName() : variable.value());
					}
					else if (parameter.hasParameterAnnotation(RequestParam.class)) {
						RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
						fields.put(param.value().isEmpty() ? parameter.getParameterName() : param.value(),
								parameter.getParameterType());
					}
					else if (parameter.hasParameterAnnotation(RequestBody.class)) {
						json = true;
						fields.putAll(properties(parameter.getParameterType()));
					}
					else if (parameter.hasParameterAnnotation(ModelAttribute.class)
							|| (!BeanUtils.isSimpleProperty(parameter.getParameterType())
									&& parameter.getParameterType().getName().startsWith("org.integra."))) {
						fields.putAll(properties(parameter.getParameterType()));
					}
				}
				Set<String> references = new java.util.TreeSet<>();
				variables.stream().filter((name) -> REFERENCE.matcher(name).matches()).forEach(references::add);
				fields.keySet().stream().filter((name) -> REFERENCE.matcher(name).matches()).forEach(references::add);
				if (references.isEmpty()) {
					continue;
				}
				Set<String> methods = new java.util.TreeSet<>();
				entry.getKey().getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
				if (methods.isEmpty()) {
					methods.add("GET");
				}
				for (String pattern : entry.getKey().getPatternValues()) {
					for (String method : methods) {
						routes.add(new Route(method, pattern, fields, json, references));
					}
				}
			}
		}
		return routes;
	}

	/** The settable fields of a form, or the components of a record. */
	private static Map<String, Class<?>> properties(Class<?> type) {
		Map<String, Class<?>> properties = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				properties.put(component.getName(), component.getType());
			}
			return properties;
		}
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
			if (descriptor.getWriteMethod() != null) {
				properties.put(descriptor.getName(), descriptor.getPropertyType());
			}
		}
		return properties;
	}

	private long city(String name, String country) {
		long id = this.testCities.create(name, country);
		this.cities.add(id);
		this.pipeline.identify(id, "test", "coordinacion");
		return id;
	}

	private long organization(String name, String country, long cityId) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into directory_organization (name, kind, country_code, city_id, name_search, version, "
					+ "created_at, updated_at) values (?, 'CITY_GOVERNMENT', ?, ?, ?, 0, current_timestamp, "
					+ "current_timestamp)")
			.params(name, country, cityId, name.toLowerCase())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.organizations.add(id);
		return id;
	}

	private long person(String name, long organizationId) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into directory_person (name, position, organization_id, email, preferred_language, "
					+ "name_search, version, created_at, updated_at) values (?, 'Alcalde', ?, ?, 'es', ?, 0, "
					+ "current_timestamp, current_timestamp)")
			.params(name, organizationId, "alcaldia" + organizationId + "@example.org", name.toLowerCase())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.people.add(id);
		return id;
	}

	/**
	 * A handler as called by one method and pattern.
	 *
	 * @param fields what it reads besides the path: request parameters, form fields or
	 * JSON fields, with their types
	 * @param json whether it reads a JSON body
	 * @param references the names that carry a directory id
	 */
	record Route(String method, String pattern, Map<String, Class<?>> fields, boolean json, Set<String> references) {

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

	}

}
