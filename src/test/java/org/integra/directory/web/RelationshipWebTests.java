package org.integra.directory.web;

import java.util.Map;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.directory.Directory;
import org.integra.directory.OrganizationForm;
import org.integra.directory.OrganizationKind;
import org.integra.directory.OrganizationsMerged;
import org.integra.directory.RelationshipForm;
import org.integra.directory.RelationshipKind;
import org.integra.directory.RelationshipView.Direction;
import org.integra.directory.RelationshipView;
import org.integra.directory.Relationships;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "secretaria", roles = "SECRETARIAT")
class RelationshipWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Directory directory;

	@Autowired
	Relationships relationships;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void demoDataRelatesTheCordialNetworksAndShowsThemBothWays() throws Exception {
		long ucci = idOf("UCCI - %");
		long cordial = idOf("CORDIAL - %");
		this.mvc.perform(get("/directory/organizations/" + ucci).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Relaciones")))
			.andExpect(content().string(containsString("Miembro de")))
			.andExpect(content().string(containsString("Coordinación Latinoamericana")));
		this.mvc.perform(get("/directory/organizations/" + cordial).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiene como miembro a")))
			.andExpect(content().string(containsString("Unión de Ciudades Capitales")))
			.andExpect(content().string(containsString("Alianza Euro-Latinoamericana")));
		// the demo data's relationships, each with its source
		assertThat(this.jdbc.query("""
				select f.name, r.kind, t.name, r.note from directory_relationship r
				join directory_organization f on f.id = r.from_organization_id
				join directory_organization t on t.id = r.to_organization_id where r.created_by = 'system'""",
				(row, number) -> acronym(row.getString(1)) + " " + row.getString(2) + " " + acronym(row.getString(3))
						+ (row.getString(4).startsWith("Fuente: ") ? " (sourced)" : "")))
			.containsExactlyInAnyOrder("UCCI MEMBER_OF CORDIAL (sourced)", "FLACMA MEMBER_OF CORDIAL (sourced)",
					"AL-LAs MEMBER_OF CORDIAL (sourced)", "FLACMA PART_OF CGLU / UCLG (sourced)");
	}

	@Test
	void addedThroughThePagesShownBothWaysAndDeletedAfterConfirming() throws Exception {
		long member = organization("Asociación Relaciones Miembro");
		long network = organization("Red Relaciones Anfitriona");
		this.mvc.perform(get("/directory/organizations/" + member + "/relationships/new").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiene como miembro a")))
			.andExpect(content().string(containsString("Red Relaciones Anfitriona")));
		this.mvc
			.perform(post("/directory/organizations/" + member + "/relationships").param("kind", "MEMBER_OF")
				.param("otherOrganizationId", String.valueOf(network))
				.param("startsOn", "2016-01-01")
				.param("endsOn", "2016-12-31")
				.param("note", "Acta de 2016")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/directory/organizations/" + network + "/relationships").param("kind", "PART_OF-inverse")
				.param("otherOrganizationId", String.valueOf(member))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/directory/organizations/" + member).param("lang", "es"))
			.andExpect(content().string(containsString("Miembro de")))
			.andExpect(content().string(containsString("Forma parte de")))
			.andExpect(content().string(containsString("Red Relaciones Anfitriona")))
			.andExpect(content().string(containsString("Terminada")))
			.andExpect(content().string(containsString("Vigente")))
			.andExpect(content().string(containsString("2016-12-31")))
			.andExpect(content().string(containsString("Acta de 2016")));
		this.mvc.perform(get("/directory/organizations/" + network).param("lang", "es"))
			.andExpect(content().string(containsString("Tiene como miembro a")))
			.andExpect(content().string(containsString("Incluye a")))
			.andExpect(content().string(containsString("Asociación Relaciones Miembro")));
		long id = this.relationships.of(member)
			.stream()
			.filter((r) -> r.kind() == RelationshipKind.MEMBER_OF)
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc.perform(get("/directory/relationships/" + id + "/delete").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eliminar relación")))
			.andExpect(content().string(containsString("Asociación Relaciones Miembro")));
		this.mvc.perform(post("/directory/relationships/" + id + "/delete").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.relationships.of(member)).extracting(RelationshipView::kind)
			.containsExactly(RelationshipKind.PART_OF);
		this.mvc.perform(post("/directory/relationships/" + id + "/delete").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void duplicateIsRefusedWithAMessage() throws Exception {
		long a = organization("Relaciones Duplicada A");
		long b = organization("Relaciones Duplicada B");
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/directory/organizations/" + a + "/relationships").param("lang", "es")
				.param("kind", "PARTNER_OF")
				.param("otherOrganizationId", String.valueOf(b))
				.with(csrf()));
		}
		this.mvc
			.perform(post("/directory/organizations/" + b + "/relationships").param("lang", "es")
				.param("kind", "PARTNER_OF")
				.param("otherOrganizationId", String.valueOf(a))
				.param("startsOn", "2020-05-01")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Esa relación ya existe")));
		assertThat(this.relationships.of(a)).hasSize(1);
	}

	@Test
	void endBeforeStartAndSelfAreRefusedAndNothingIsStored() throws Exception {
		long a = organization("Relaciones Fechas");
		long b = organization("Relaciones Fechas Otra");
		this.mvc
			.perform(post("/directory/organizations/" + a + "/relationships").param("lang", "en")
				.param("kind", "COORDINATES")
				.param("otherOrganizationId", String.valueOf(b))
				.param("startsOn", "2017-01-01")
				.param("endsOn", "2016-01-01")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"endsOn-error\"")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")));
		this.mvc
			.perform(post("/directory/organizations/" + a + "/relationships").param("lang", "en")
				.param("kind", "COORDINATES")
				.param("otherOrganizationId", String.valueOf(a))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"otherOrganizationId-error\"")));
		this.mvc
			.perform(post("/directory/organizations/" + a + "/relationships").param("lang", "en")
				.param("kind", "PARTNER_OF-inverse")
				.param("otherOrganizationId", String.valueOf(b))
				.param("startsOn", "not a date")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("id=\"startsOn-error\"")));
		assertThat(this.relationships.of(a)).isEmpty();
		assertThat(this.relationships.of(b)).isEmpty();
	}

	@Test
	void hostileNotesNeverBreakThePagesAndAreShownEscaped() throws Exception {
		long a = organization("Relaciones Hostil");
		long b = organization("Relaciones Hostil Otra");
		int year = 2000;
		for (String input : HostileInputs.ALL) {
			year++;
			MvcResult result = this.mvc
				.perform(post("/directory/organizations/" + a + "/relationships").param("kind", "MENTOR_OF")
					.param("otherOrganizationId", String.valueOf(b))
					.param("startsOn", year + "-01-01")
					.param("endsOn", year + "-12-31")
					.param("note", input + "\u0000")
					.with(csrf()))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
		}
		assertThat(this.relationships.of(a)).hasSize(HostileInputs.ALL.size() - 1)
			.allSatisfy((r) -> assertThat(r.note()).doesNotContain("\u0000").hasSizeLessThanOrEqualTo(1000));
		String page = this.mvc.perform(get("/directory/organizations/" + b))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String input : HostileInputs.ALL) {
			HostileInputs.assertRenderedEscaped(page, input);
		}
	}

	@Test
	void apiCreatesListsBothWaysAndDeletes() throws Exception {
		long a = organization("Relaciones API A");
		long b = organization("Relaciones API B");
		String body = "{\"fromOrganizationId\":" + a + ",\"kind\":\"REPRESENTS\",\"toOrganizationId\":" + b
				+ ",\"startsOn\":\"2016-03-01\",\"note\":\"Nota\"}";
		MvcResult created = this.mvc
			.perform(post("/api/v1/relationships").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("REPRESENTS"))
			.andExpect(jsonPath("$.createdBy").value("secretaria"))
			.andReturn();
		long id = this.json.readTree(created.getResponse().getContentAsString()).get("id").asLong();
		this.mvc.perform(get(created.getResponse().getHeader("Location")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.fromOrganizationId").value(a))
			.andExpect(jsonPath("$.note").value("Nota"));
		this.mvc.perform(get("/api/v1/organizations/" + a + "/relationships"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].direction").value("OUTGOING"))
			.andExpect(jsonPath("$.items[0].otherId").value(b))
			.andExpect(jsonPath("$.items[0].startsOn").value("2016-03-01"));
		this.mvc.perform(get("/api/v1/organizations/" + b + "/relationships"))
			.andExpect(jsonPath("$.items[0].direction").value("INCOMING"))
			.andExpect(jsonPath("$.items[0].otherName").value(startsWith("Relaciones API A")));
		this.mvc
			.perform(post("/api/v1/relationships").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/relationships").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fromOrganizationId\":" + a + ",\"kind\":\"PART_OF\",\"toOrganizationId\":" + b
						+ ",\"startsOn\":\"2017-01-01\",\"endsOn\":\"2016-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("endsOn")));
		this.mvc
			.perform(post("/api/v1/relationships").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fromOrganizationId\":" + a + ",\"kind\":\"NOPE\",\"toOrganizationId\":999999999}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/organizations/999999999/relationships")).andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/relationships/" + id).with(csrf())).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/relationships/" + id).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/relationships/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/organizations/" + a + "/relationships"))
			.andExpect(content().json("{\"items\": [], \"page\": 0, \"totalItems\": 0, \"totalPages\": 0}"));
	}

	@Test
	void hostileNotesNeverBreakTheApi() throws Exception {
		long a = organization("Relaciones API Hostil");
		long b = organization("Relaciones API Hostil Otra");
		int year = 2000;
		for (String input : HostileInputs.ALL) {
			year++;
			String body = this.json.writeValueAsString(Map.of("fromOrganizationId", a, "kind", "MEMBER_OF",
					"toOrganizationId", b, "startsOn", year + "-01-01", "endsOn", year + "-06-30", "note", input));
			MvcResult result = this.mvc.perform(
					post("/api/v1/relationships").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn();
			HostileInputs.assertNotServerError(result);
			assertThat(result.getResponse().getStatus()).as(HostileInputs.describe(input))
				.isEqualTo((input.length() > 1000) ? 400 : 201);
		}
		MvcResult list = this.mvc.perform(get("/api/v1/organizations/" + a + "/relationships")).andReturn();
		JsonNode items = this.json.readTree(list.getResponse().getContentAsString()).get("items");
		assertThat(items).hasSize(HostileInputs.ALL.size() - 1);
	}

	@Test
	void anOrganizationWithRelationshipsIsNotDeleted() throws Exception {
		long a = organization("Relaciones Borrado A");
		long b = organization("Relaciones Borrado B");
		add(a, RelationshipKind.COORDINATES, b);
		assertThat(this.directory.isDeletable(a)).isFalse();
		assertThat(this.directory.isDeletable(b)).isFalse();
		this.mvc.perform(get("/directory/organizations/" + b + "/delete").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("elimine primero sus relaciones")))
			.andExpect(content().string(not(containsString("id=\"confirm-delete\""))));
		this.mvc.perform(post("/directory/organizations/" + b + "/delete").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.directory.organization(b).getName()).startsWith("Relaciones Borrado B");
		long lone = organization("Relaciones Borrado Sola");
		assertThat(this.directory.isDeletable(lone)).isTrue();
	}

	@Test
	@Transactional
	void aMergeRepointsRelationshipsAndDropsSelfAndDuplicates() {
		long merged = organization("Relaciones Fusión Absorbida");
		long kept = organization("Relaciones Fusión Conservada");
		long x = organization("Relaciones Fusión X");
		long y = organization("Relaciones Fusión Y");
		add(merged, RelationshipKind.MEMBER_OF, x);
		add(kept, RelationshipKind.MEMBER_OF, x);
		add(merged, RelationshipKind.PART_OF, y);
		add(merged, RelationshipKind.COORDINATES, kept);
		add(y, RelationshipKind.MENTOR_OF, merged);
		this.events.publishEvent(new OrganizationsMerged(merged, kept, "secretaria"));
		assertThat(this.relationships.of(merged)).isEmpty();
		assertThat(this.relationships.of(kept)).extracting((r) -> r.kind() + " " + r.direction() + " " + r.otherId())
			.containsExactlyInAnyOrder("MEMBER_OF " + Direction.OUTGOING + " " + x,
					"PART_OF " + Direction.OUTGOING + " " + y, "MENTOR_OF " + Direction.INCOMING + " " + y);
	}

	private void add(long from, RelationshipKind kind, long to) {
		RelationshipForm form = new RelationshipForm();
		form.setFromOrganizationId(from);
		form.setKind(kind);
		form.setToOrganizationId(to);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		this.relationships.check(form, errors);
		assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
		this.relationships.add(form, "secretaria");
	}

	private long organization(String name) {
		OrganizationForm form = new OrganizationForm();
		form.setName(name + " " + System.nanoTime());
		form.setKind(OrganizationKind.PARTNER_NETWORK);
		return this.directory.create(form).getId();
	}

	/** "UCCI" of "UCCI - Unión de Ciudades Capitales Iberoamericanas". */
	private static String acronym(String name) {
		return name.substring(0, name.indexOf(" - "));
	}

	private long idOf(String pattern) {
		return this.jdbc.queryForObject("select min(id) from directory_organization where name like ?", Long.class,
				pattern);
	}

}
