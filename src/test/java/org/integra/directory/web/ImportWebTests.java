package org.integra.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.system.SearchText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "secretaria", roles = "SECRETARIAT")
class ImportWebTests {

	static final String ORGANIZATIONS = "name,kind,country,host_country,host_city,website,notes\n";

	static final String PEOPLE = "name,position,organization,email,phone,language,notes\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static MockMultipartFile csv(String text) {
		return csv(text.getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile csv(byte[] content) {
		return new MockMultipartFile("file", "directory.csv", "text/csv", content);
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private long organizations(String name) {
		return this.jdbc.queryForObject("select count(*) from directory_organization where name_search = ?", Long.class,
				SearchText.normalize(name));
	}

	private long people(String name) {
		return this.jdbc.queryForObject("select count(*) from directory_person where name_search = ?", Long.class,
				SearchText.normalize(name));
	}

	private MvcResult dryRun(String type, MockMultipartFile file) throws Exception {
		return this.mvc
			.perform(multipart("/directory/import").file(file).param("type", type).param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
	}

	/** The id of the pending import the page's apply form carries. */
	static String pendingImport(MvcResult page) throws Exception {
		Matcher matcher = PENDING_IMPORT.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).as("the apply form carries the pending import").isTrue();
		return matcher.group(1);
	}

	static final Pattern PENDING_IMPORT = Pattern
		.compile("<input type=\"hidden\" name=\"pendingImport\" value=\"([0-9a-f-]{36})\">");

	private MockHttpServletRequestBuilder apply(String pendingImport) {
		return post("/directory/import/apply").param("pendingImport", pendingImport).with(csrf());
	}

	@Test
	void theImportPageOffersBothTypes() throws Exception {
		this.mvc.perform(get("/directory/import"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"type-ORGANIZATIONS\"")))
			.andExpect(content().string(containsString("id=\"type-PEOPLE\"")));
	}

	@Test
	void dryRunReportsEachRowThenApplyStoresNewRowsAndSkipsDuplicates() throws Exception {
		String existing = unique("Asociación Existente");
		this.jdbc.update("insert into directory_organization (name, kind, country_code, name_search, version, "
				+ "created_at, updated_at) values (?, 'ASSOCIATION', 'PE', ?, 0, current_timestamp, current_timestamp)",
				existing, SearchText.normalize(existing));
		long existingId = this.jdbc.queryForObject("select id from directory_organization where name = ?", Long.class,
				existing);
		String fresh = unique("Asociación Nueva");
		String file = ORGANIZATIONS + quote(fresh) + ",association,pe,,,https://nueva.example.org,\n"
				+ existing.toUpperCase() + ",ASSOCIATION,PE,,,,\n" + fresh + ".,ASSOCIATION,PE,,,,nota\n";
		MvcResult dryRun = dryRun("ORGANIZATIONS", csv(file));
		String page = dryRun.getResponse().getContentAsString();
		assertThat(page).contains("id=\"import-report\"", "Duplicate of an existing record",
				"href=\"/directory/organizations/" + existingId + "\"", "Duplicate within the file", "Same as line 2",
				"id=\"apply-form\"");
		assertThat(organizations(fresh)).isZero();

		this.mvc.perform(apply(pendingImport(dryRun)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 1 record(s).")));
		assertThat(organizations(fresh)).isOne();
		assertThat(organizations(existing)).isOne();
		assertThat(this.jdbc
			.queryForObject("select count(*) from audit_entry where entity_type = 'Organization' and action = 'CREATE' "
					+ "and entity_label = ?", Long.class, fresh))
			.isOne();
		this.mvc.perform(post("/directory/import/apply").param("lang", "en").with(csrf()))
			.andExpect(content().string(containsString("Nothing is waiting to be imported")));
	}

	@Test
	void confirmingTheSameImportTwiceSaysItWasAlreadyAppliedAndImportsNothingAgain() throws Exception {
		String ana = unique("Ana Dos Veces");
		String pendingImport = pendingImport(dryRun("PEOPLE", csv(PEOPLE + ana + ",Directora,,,,es,\n")));
		this.mvc.perform(apply(pendingImport).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 1 record(s).")));
		assertThat(people(ana)).isOne();
		for (String[] language : new String[][] { { "en", "This import was already applied" },
				{ "es", "Esta importación ya se aplicó" }, { "pt", "Esta importação já foi aplicada" } }) {
			this.mvc.perform(apply(pendingImport).param("lang", language[0]).param("includeDuplicates", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(language[1])))
				.andExpect(content().string(not(containsString("id=\"apply-form\""))));
		}
		assertThat(people(ana)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Person' "
				+ "and action = 'CREATE' and entity_label = ?", Long.class, ana))
			.isOne();
	}

	@Test
	@WithMockUser(username = "coordinacion", roles = "COORDINATOR")
	void anotherUsersPendingImportIsNotFoundAndImportsNothing() throws Exception {
		String name = unique("Red Ajena");
		String pendingImport = pendingImport(dryRun("ORGANIZATIONS", csv(ORGANIZATIONS + name + ",MINISTRY,CL,,,,\n")));
		this.mvc.perform(apply(pendingImport).with(user("secretaria").roles("SECRETARIAT")))
			.andExpect(status().isNotFound());
		this.mvc.perform(apply(UUID.randomUUID().toString())).andExpect(status().isNotFound());
		this.mvc.perform(apply("no-such-import")).andExpect(status().isNotFound());
		assertThat(organizations(name)).isZero();
		this.mvc.perform(apply(pendingImport).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 1 record(s).")));
		assertThat(organizations(name)).isOne();
	}

	@Test
	void aCheckedFileLeftWaitingPastItsLifetimeMustBeUploadedAgain() throws Exception {
		String name = unique("Red Tardía");
		this.clock.freeze();
		try {
			String pendingImport = pendingImport(
					dryRun("ORGANIZATIONS", csv(ORGANIZATIONS + name + ",MINISTRY,CL,,,,\n")));
			this.clock.advance(Duration.ofHours(1));
			this.mvc.perform(apply(pendingImport).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This checked file waited too long and expired")))
				.andExpect(content().string(not(containsString("id=\"apply-form\""))));
		}
		finally {
			this.clock.reset();
		}
		assertThat(organizations(name)).isZero();
	}

	@Test
	void everyBadLineIsReportedByItsTrueNumberAndReason() throws Exception {
		java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
		content.writeBytes(
				(ORGANIZATIONS + unique("Red Buena") + ",PARTNER_NETWORK,PE,,,,\n").getBytes(StandardCharsets.UTF_8));
		content.writeBytes(
				(unique("Asociaci\u00f3n Latina") + ",ASSOCIATION,PE,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
		content.writeBytes((unique("Red Otra") + ",PARTNER_NETWORK,PE\n").getBytes(StandardCharsets.UTF_8));
		content
			.writeBytes((unique("Uni\u00f3n Latina") + ",ASSOCIATION,PE,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
		String page = dryRun("ORGANIZATIONS", csv(content.toByteArray())).getResponse().getContentAsString();
		assertThat(page).contains("id=\"import-report\"",
				"The line is not UTF-8 text; save the file again as UTF-8 CSV.",
				"The row has 3 fields instead of the 7 of the header.");
		assertThat(page.split("The line is not UTF-8 text", -1)).hasSize(3);
		assertThat(page).doesNotContain("id=\"apply\"").contains("Skip the 3 invalid rows and import the rest");
	}

	@Test
	void duplicatesAreImportedWhenAsked() throws Exception {
		String name = unique("Ministerio Doble");
		String file = ORGANIZATIONS + name + ",MINISTRY,CL,,,,\n" + name + ",MINISTRY,CL,,,,\n";
		MvcResult dryRun = dryRun("ORGANIZATIONS", csv(file));
		this.mvc.perform(apply(pendingImport(dryRun)).param("includeDuplicates", "true")).andExpect(status().isOk());
		assertThat(organizations(name)).isEqualTo(2);
	}

	@Test
	void oneBadRowStoresNothing() throws Exception {
		String good = unique("Ministerio Bueno");
		String file = ORGANIZATIONS + good + ",MINISTRY,AR,,,,\n" + unique("Ministerio Malo") + ",PALACE,AR,,,,\n"
				+ unique("Sin Pais") + ",MINISTRY,ZZ,,,,\n" + "solo,dos\n";
		MvcResult dryRun = dryRun("ORGANIZATIONS", csv(file));
		String page = dryRun.getResponse().getContentAsString();
		assertThat(page)
			.contains("Column kind: Unknown kind", "Column country:", "fields instead of the 7 of the header")
			.doesNotContain("id=\"apply\"");
		this.mvc.perform(apply(pendingImport(dryRun))).andExpect(status().isOk());
		assertThat(organizations(good)).isZero();
		this.mvc
			.perform(multipart("/directory/import").file(csv(file))
				.param("type", "ORGANIZATIONS")
				.param("lang", "es")
				.with(csrf()))
			.andExpect(content().string(containsString("Columna kind: Tipo desconocido")));
	}

	@Test
	void afterADryRunWithInvalidRowsThePageOffersToSkipThemAndImportTheRest() throws Exception {
		String good = unique("Ministerio Valido");
		String bad = unique("Ministerio Invalido");
		String file = ORGANIZATIONS + good + ",MINISTRY,AR,,,,\n" + bad + ",PALACE,AR,,,,\n" + "solo,dos\n";
		MvcResult dryRun = dryRun("ORGANIZATIONS", csv(file));
		String page = dryRun.getResponse().getContentAsString();
		assertThat(page)
			.contains("id=\"apply-form\"", "Skip the 2 invalid rows and import the rest", "name=\"skipInvalid\"")
			.doesNotContain("id=\"apply\"");
		String pendingImport = pendingImport(dryRun);
		MvcResult refused = this.mvc.perform(apply(pendingImport).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Imported:"))))
			.andReturn();
		assertThat(organizations(good)).isZero();
		assertThat(pendingImport(refused)).as("still waiting, under the same id").isEqualTo(pendingImport);

		this.mvc.perform(apply(pendingImport).param("skipInvalid", "true").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Se omitieron 2 filas no válidas:")))
			.andExpect(content().string(containsString("Línea 3: Columna kind: Tipo desconocido")))
			.andExpect(content().string(containsString("Línea 4: La fila tiene 2 campos")));
		assertThat(organizations(good)).isOne();
		assertThat(organizations(bad)).isZero();
		assertThat(this.jdbc
			.queryForObject("select count(*) from audit_change c join audit_entry e on e.id = c.entry_id "
					+ "where e.entity_type = 'DirectoryImport' and e.username = 'secretaria' and c.field = 'skippedLines' "
					+ "and c.new_value like ?", Long.class, "3 (kind): Tipo desconocido%; 4: La fila tiene 2 campos%"))
			.isOne();
	}

	@Test
	void aFileWhoseRowsAreAllInvalidOffersNoImport() throws Exception {
		String page = dryRun("ORGANIZATIONS", csv(ORGANIZATIONS + unique("Solo Malo") + ",PALACE,AR,,,,\n"))
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("id=\"apply-form\"", "invalid rows and import the rest");
	}

	@Test
	void theApiSkipsInvalidRowsOnlyWhenAsked() throws Exception {
		String ana = unique("Ana Api Saltada");
		String file = PEOPLE + ana + ",,,,,,\n" + unique("Luis Api") + ",,Organización Inexistente,,,,\n";
		this.mvc
			.perform(multipart("/api/v1/people/import").file(csv(file))
				.param("dryRun", "false")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.skippable").value(true));
		assertThat(people(ana)).isZero();
		this.mvc
			.perform(multipart("/api/v1/people/import").file(csv(file))
				.param("dryRun", "false")
				.param("skipInvalid", "true")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.stored").value(1))
			.andExpect(jsonPath("$.skipped").value(1))
			.andExpect(jsonPath("$.rows[1].line").value(3))
			.andExpect(jsonPath("$.rows[1].reason").value("No organization has this name."));
		assertThat(people(ana)).isOne();
		this.mvc
			.perform(multipart("/api/v1/organizations/import")
				.file(csv(ORGANIZATIONS + unique("Org Api") + ",PALACE,,,,,\n"))
				.param("dryRun", "true")
				.param("skipInvalid", "true")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(false));
	}

	@Test
	void peopleAreMatchedToOrganizationsByName() throws Exception {
		String ana = unique("Ana Import");
		String luis = unique("Luis Import");
		String file = PEOPLE + ana + ",Directora,ucci - union de ciudades capitales iberoamericanas,"
				+ UUID.randomUUID().toString().substring(0, 8) + "@example.org,,ES,\n" + luis
				+ ",,Organización Inexistente,,,,\n";
		String page = dryRun("PEOPLE", csv(file)).getResponse().getContentAsString();
		assertThat(page).contains("Column organization: No organization has this name.");
		String fixed = PEOPLE + ana + ",Directora,,,,es,\n";
		this.mvc.perform(apply(pendingImport(dryRun("PEOPLE", csv(fixed))))).andExpect(status().isOk());
		assertThat(people(ana)).isOne();
		assertThat(people(luis)).isZero();
	}

	@Test
	void unreadableFilesAreRefusedWithAMessage() throws Exception {
		byte[] latin1 = ("Organización," + ORGANIZATIONS + unique("Asociación") + ",MINISTRY,,,,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(multipart("/directory/import").file(csv(latin1))
				.param("type", "ORGANIZATIONS")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(content().string(containsString("The file is not in UTF-8")));
		this.mvc
			.perform(multipart("/directory/import").file(csv(new byte[0]))
				.param("type", "PEOPLE")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(content().string(containsString("The file is empty.")));
		this.mvc
			.perform(multipart("/directory/import").file(csv(unique("Ana") + ",,,,,,\n"))
				.param("type", "PEOPLE")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(content().string(containsString("The first row must name the columns")));
		this.mvc
			.perform(multipart("/directory/import").file(csv(ORGANIZATIONS))
				.param("type", "PEOPLE")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(content().string(containsString("The first row must name the columns")));
		String big = unique("Archivo Grande");
		StringBuilder text = new StringBuilder(ORGANIZATIONS).append(big).append(",MINISTRY,,,,,\n");
		String filler = unique("Relleno") + ",MINISTRY,,,,," + "x".repeat(200) + "\n";
		while (text.length() < 6 * 1024 * 1024) {
			text.append(filler);
		}
		this.mvc
			.perform(multipart("/directory/import").file(csv(text.toString()))
				.param("type", "ORGANIZATIONS")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 5 MB.")));
		this.mvc
			.perform(multipart("/api/v1/organizations/import").file(csv(text.toString()))
				.param("dryRun", "false")
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(organizations(big)).isZero();
	}

	@Test
	void theApiReportsAndAppliesAllOrNothing() throws Exception {
		String name = unique("Red Api Import");
		String bad = ORGANIZATIONS + name + ",PARTNER_NETWORK,,,,,\n" + unique("Otra") + ",,,,,,\n";
		this.mvc.perform(multipart("/api/v1/organizations/import").file(csv(bad)).param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.errorRows").value(1))
			.andExpect(jsonPath("$.rows[0].outcome").value("NEW"))
			.andExpect(jsonPath("$.rows[1].outcome").value("ERROR"))
			.andExpect(jsonPath("$.rows[1].column").value("kind"))
			.andExpect(jsonPath("$.rows[1].reason").value("This field is required."));
		this.mvc.perform(multipart("/api/v1/organizations/import").file(csv(bad)).param("dryRun", "false").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(false));
		assertThat(organizations(name)).isZero();
		String good = ORGANIZATIONS + name + ",PARTNER_NETWORK,,,,,\n";
		this.mvc
			.perform(multipart("/api/v1/organizations/import").file(csv(good)).param("dryRun", "false").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.stored").value(1));
		this.mvc
			.perform(multipart("/api/v1/organizations/import").file(csv(good)).param("dryRun", "false").with(csrf()))
			.andExpect(jsonPath("$.rows[0].outcome").value("DUPLICATE_EXISTING"))
			.andExpect(jsonPath("$.stored").value(0));
		assertThat(organizations(name)).isOne();
		String person = unique("Persona Api");
		this.mvc
			.perform(multipart("/api/v1/people/import").file(csv(PEOPLE + person + ",,,,,,\n"))
				.param("dryRun", "false")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("PEOPLE"))
			.andExpect(jsonPath("$.stored").value(1));
		assertThat(people(person)).isOne();
	}

	@Test
	void hostileInputsInEveryColumnAreReportedEscapedAndNeverCrash() throws Exception {
		List<String> organizationColumns = List.of("name", "kind", "country", "host_country", "host_city", "website",
				"notes");
		List<String> peopleColumns = List.of("name", "position", "organization", "email", "phone", "language", "notes");
		for (String input : HostileInputs.ALL) {
			for (int column = 0; column < 7; column++) {
				// a hostile name is made this test's own, as every other name is
				String[] organization = { unique("Hostil Org"), "MINISTRY", "", "", "", "", "" };
				organization[column] = (column == 0) ? unique(input) : input;
				String[] person = { unique("Hostil Persona"), "", "", "", "", "", "" };
				person[column] = (column == 0) ? unique(input) : input;
				check("ORGANIZATIONS", "/api/v1/organizations/import", ORGANIZATIONS, organization, input,
						organizationColumns.get(column));
				check("PEOPLE", "/api/v1/people/import", PEOPLE, person, input, peopleColumns.get(column));
			}
			MvcResult type = this.mvc
				.perform(multipart("/directory/import")
					.file(csv(ORGANIZATIONS + unique("Tipo Hostil") + ",MINISTRY,,,,,\n"))
					.param("type", input)
					.with(csrf()))
				.andReturn();
			HostileInputs.assertNotServerError(type);
			HostileInputs.assertRenderedEscaped(type.getResponse().getContentAsString(), input);
			MvcResult apply = this.mvc
				.perform(post("/directory/import/apply").param("includeDuplicates", input).with(csrf()))
				.andReturn();
			HostileInputs.assertNotServerError(apply);
			MvcResult pending = this.mvc.perform(apply(input)).andReturn();
			HostileInputs.assertNotServerError(pending);
			assertThat(pending.getResponse().getStatus()).as(HostileInputs.describe(input)).isIn(200, 404);
		}
	}

	private void check(String type, String api, String header, String[] values, String input, String column)
			throws Exception {
		StringBuilder line = new StringBuilder(header);
		for (int i = 0; i < values.length; i++) {
			line.append((i > 0) ? "," : "").append(quote(values[i]));
		}
		line.append('\n');
		MvcResult page = this.mvc
			.perform(multipart("/directory/import").file(csv(line.toString())).param("type", type).with(csrf()))
			.andReturn();
		HostileInputs.assertNotServerError(page);
		HostileInputs.assertRenderedEscaped(page.getResponse().getContentAsString(), input);
		boolean refused = page.getResponse().getContentAsString().contains("table-danger");
		MvcResult stored = this.mvc
			.perform(multipart(api).file(csv(line.toString())).param("dryRun", "false").with(csrf()))
			.andReturn();
		HostileInputs.assertNotServerError(stored);
		String name = values[0];
		long count = type.equals("PEOPLE") ? people(name) : organizations(name);
		if (refused) {
			assertThat(stored.getResponse().getStatus()).as("%s in %s", HostileInputs.describe(input), column)
				.isEqualTo(422);
			assertThat(count).as("nothing stored for %s in %s", HostileInputs.describe(input), column).isZero();
		}
		else {
			assertThat(stored.getResponse().getStatus()).isEqualTo(200);
			assertThat(count).as("stored once with %s in %s", HostileInputs.describe(input), column).isOne();
		}
	}

	@Test
	void theApiDocumentsTheSkipOption() throws Exception {
		String docs = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		for (String path : List.of("/api/v1/organizations/import", "/api/v1/people/import")) {
			int at = docs.indexOf("\"" + path + "\"");
			assertThat(at).as(path).isNotNegative();
			String operation = docs.substring(at, docs.indexOf("\"responses\"", at));
			assertThat(operation).contains("skipInvalid=true", "\"name\":\"skipInvalid\"",
					"leave the invalid rows out and import the rest");
		}
	}

	@Test
	void theListOffersTheImportToEditors() throws Exception {
		this.mvc.perform(get("/directory/organizations"))
			.andExpect(content().string(containsString("href=\"/directory/import\"")));
	}

	@Test
	@WithMockUser(username = "consejo", roles = "VIEWER")
	void viewersSeeNoImportLink() throws Exception {
		this.mvc.perform(get("/directory/organizations"))
			.andExpect(content().string(not(containsString("href=\"/directory/import\""))));
	}

}
