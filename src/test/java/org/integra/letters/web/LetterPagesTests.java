package org.integra.letters.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.directory.Directory;
import org.integra.directory.PersonForm;
import org.integra.outreach.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class LetterPagesTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	@Autowired
	TestCities testCities;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Directory directory;

	final List<Long> cities = new ArrayList<>();

	final List<Long> people = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.cities.forEach((id) -> {
			this.jdbc.sql("delete from outbox_message where reference = ?").param("city:" + id).update();
			this.jdbc.sql("delete from mentor_assignment where candidate_city_id = ?").param(id).update();
			this.testCities.delete(id);
		});
		this.people.forEach((id) -> this.jdbc.sql("delete from directory_person where id = ?").param(id).update());
	}

	/** A new candidate city with a unique name. */
	long candidate(String name, String countryCode) {
		String unique = name + " " + System.nanoTime();
		long id = this.testCities.create(unique, countryCode);
		this.cities.add(id);
		this.pipeline.identify(id, "test", "admin");
		return id;
	}

	String cityName(long id) {
		return this.jdbc.sql("select name from city where id = ?").param(id).query(String.class).single();
	}

	long person(String name, String position, String email, String language) {
		PersonForm form = new PersonForm();
		form.setName(name + " " + System.nanoTime());
		form.setPosition(position);
		form.setEmail(email);
		form.setPreferredLanguage(language);
		long id = this.directory.create(form).getId();
		this.people.add(id);
		return id;
	}

	long template(String purpose, String language) {
		return this.jdbc.sql("select min(id) from letter_template where purpose = ? and language = ?")
			.params(purpose, language)
			.query(Long.class)
			.single();
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long peruvianCandidate() {
		return this.jdbc
			.sql("select min(c.city_id) from candidate c join city k on k.id = c.city_id where k.country_code = 'PE'")
			.query(Long.class)
			.single();
	}

	@Test
	void theDemoTemplatesCoverThePlansThreeLettersInSpanishAndPortuguese() throws Exception {
		assertThat(this.jdbc.sql("""
				select purpose, language, kind from letter_template where name in (
				'Primera carta de interés a la alcaldía (acciones 1–2)',
				'Primeira carta de interesse à prefeitura (ações 1–2)',
				'Nota a la embajada para transmitir la invitación (acción 3)',
				'Nota à embaixada para transmitir o convite (ação 3)',
				'Solicitud a una ciudad mentora (acción 4)', 'Pedido a uma cidade mentora (ação 4)')""")
			.query((row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
			.list()).containsExactlyInAnyOrder("FIRST_LETTER_TO_MAYOR es LETTER", "FIRST_LETTER_TO_MAYOR pt LETTER",
					"EMBASSY_RELAY_REQUEST es LETTER", "EMBASSY_RELAY_REQUEST pt LETTER", "MENTOR_REQUEST es EMAIL",
					"MENTOR_REQUEST pt EMAIL");
		String first = this.jdbc.sql("select body from letter_template where id = ?")
			.param(template("FIRST_LETTER_TO_MAYOR", "es"))
			.query(String.class)
			.single();
		assertThat(first).contains("Vicepresidencia de Integración Fronteriza", "La Paz", "Porto Alegre",
				"Unidades Temáticas", "{{city}}", "{{contact.name}}");
		this.mvc.perform(get("/letters/templates").with(VIEWER).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Primera carta de interés")))
			.andExpect(content().string(not(containsString("id=\"new-template\""))));
		this.mvc.perform(
				get("/letters/templates").param("purpose", "MENTOR_REQUEST").param("language", "pt").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pedido a uma cidade mentora")))
			.andExpect(content().string(not(containsString("Primera carta de interés"))));
		this.mvc.perform(get("/letters/templates").param("purpose", "OTHER").param("language", "en").with(COORDINATOR))
			.andExpect(content().string(containsString("id=\"templates-empty\"")));
	}

	@Test
	void aCoordinatorCreatesEditsAndDeletesATemplateUnderAudit() throws Exception {
		String name = "Carta de prueba " + System.nanoTime();
		MvcResult created = this.mvc
			.perform(post("/letters/templates").with(COORDINATOR)
				.with(csrf())
				.param("name", name)
				.param("purpose", "OTHER")
				.param("kind", "LETTER")
				.param("language", "es")
				.param("subject", "Hola {{city}}")
				.param("body", "{{contact.name}}\n\nTexto."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "letters.template.saved"))
			.andReturn();
		long id = count("select id from letter_template where name = ?", name);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/letters/templates/" + id);
		this.mvc.perform(get("/letters/templates/{id}/edit", id).with(SECRETARIAT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"template-preview\"")));
		this.mvc
			.perform(post("/letters/templates/{id}/edit", id).with(COORDINATOR)
				.with(csrf())
				.param("version", "0")
				.param("name", name)
				.param("purpose", "OTHER")
				.param("kind", "EMAIL")
				.param("language", "pt")
				.param("subject", "Olá {{city}}")
				.param("body", "Texto."))
			.andExpect(redirectedUrl("/letters/templates/" + id));
		// a second edit made from the same, now stale, version is refused
		this.mvc
			.perform(post("/letters/templates/{id}/edit", id).with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("version", "0")
				.param("name", name)
				.param("purpose", "OTHER")
				.param("kind", "LETTER")
				.param("language", "es")
				.param("subject", "Perdido")
				.param("body", "Perdido"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this template")));
		assertThat(this.jdbc.sql("select subject from letter_template where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Olá {{city}}");
		this.mvc.perform(get("/letters/templates/{id}/delete", id).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-delete\"")));
		this.mvc.perform(post("/letters/templates/{id}/delete", id).with(COORDINATOR).with(csrf()))
			.andExpect(redirectedUrl("/letters/templates"));
		assertThat(count("select count(*) from letter_template where id = ?", id)).isZero();
		assertThat(count("select count(*) from audit_entry where entity_type = 'LetterTemplate' and entity_id = ?",
				Long.toString(id)))
			.isEqualTo(3);
		this.mvc.perform(get("/letters/templates/{id}", id).with(COORDINATOR)).andExpect(status().isNotFound());
	}

	@Test
	void unknownFieldsAndMissingPartsAreRefusedWithoutSaving() throws Exception {
		String name = "Campos desconocidos " + System.nanoTime();
		this.mvc
			.perform(post("/letters/templates").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", name)
				.param("purpose", "NOT_A_PURPOSE")
				.param("kind", "LETTER")
				.param("language", "es")
				.param("subject", "Hola {{alcalde}}")
				.param("body", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown fields: alcalde.")))
			.andExpect(content().string(containsString("Enter the text.")));
		assertThat(count("select count(*) from letter_template where name = ?", name)).isZero();
	}

	@Test
	void hostileInputsAreRefusedOrShownAsText() throws Exception {
		for (String hostile : HostileInputs.ALL) {
			for (String field : List.of("name", "subject", "body", "language", "purpose")) {
				MvcResult result = this.mvc
					.perform(post("/letters/templates").with(COORDINATOR)
						.with(csrf())
						.param("name", "Hostil " + System.nanoTime())
						.param("purpose", "OTHER")
						.param("kind", "LETTER")
						.param("language", "es")
						.param("subject", "Asunto")
						.param("body", "Texto")
						.param(field, hostile))
					.andReturn();
				HostileInputs.assertNotServerError(result);
				if (result.getResponse().getStatus() == 200) {
					HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), hostile);
				}
				else {
					String location = result.getResponse().getRedirectedUrl();
					MvcResult shown = this.mvc.perform(get(location).with(COORDINATOR)).andReturn();
					HostileInputs.assertNotServerError(shown);
					HostileInputs.assertRenderedEscaped(shown.getResponse().getContentAsString(), hostile);
					MvcResult edit = this.mvc.perform(get(location + "/edit").with(COORDINATOR)).andReturn();
					HostileInputs.assertRenderedEscaped(edit.getResponse().getContentAsString(), hostile);
				}
			}
			MvcResult preview = this.mvc
				.perform(post("/letters/templates/preview").with(COORDINATOR)
					.with(csrf())
					.param("subject", hostile)
					.param("body", hostile + " {{city}}"))
				.andReturn();
			HostileInputs.assertNotServerError(preview);
			HostileInputs.assertRenderedEscaped(preview.getResponse().getContentAsString(), hostile);
			MvcResult list = this.mvc
				.perform(get("/letters/templates").param("purpose", hostile).param("language", hostile).with(VIEWER))
				.andReturn();
			HostileInputs.assertNotServerError(list);
		}
		this.jdbc.sql("delete from letter_template where name like 'Hostil %'").update();
	}

	@Test
	void aPortugueseSpeakingContactIsOfferedThePortugueseTemplatesFirst() throws Exception {
		long city = candidate("Arequipa de prueba", "PE");
		long contact = person("Contato", "Prefeito", "contato@example.org", "pt");
		long other = person("Aaa otra persona", null, null, null);
		Document page = Jsoup.parse(
				this.mvc
					.perform(get("/letters/compose").param("cityId", Long.toString(city))
						.param("personId", Long.toString(contact))
						.with(COORDINATOR))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(page.select("#templateId option").first().attr("data-language")).isEqualTo("pt");
		assertThat(page.select("#templateId option[selected]").attr("value"))
			.isEqualTo(Long.toString(template("FIRST_LETTER_TO_MAYOR", "pt")));
		assertThat(page.selectFirst("#personId option[selected]").attr("value")).isEqualTo(Long.toString(contact));
		assertThat(page.select("#channel, #preview")).hasSize(2);
		assertThat(page.select("#personId optgroup").last().select("option").eachAttr("value"))
			.contains(Long.toString(other));
		// without a contact, a Peruvian city gets Spanish first
		Document spanish = Jsoup
			.parse(this.mvc.perform(get("/letters/compose").param("cityId", Long.toString(city)).with(COORDINATOR))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(spanish.select("#templateId option").first().attr("data-language")).isEqualTo("es");
	}

	@Test
	void thePreviewFillsTheFieldsAndWarnsOfMissingOnes() throws Exception {
		long city = candidate("Trujillo de prueba", "PE");
		long contact = person("Contacto sin cargo", null, "contacto@example.org", "es");
		String html = this.mvc
			.perform(post("/letters/compose/preview").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("cityId", Long.toString(city))
				.param("templateId", Long.toString(template("FIRST_LETTER_TO_MAYOR", "es")))
				.param("personId", Long.toString(contact))
				.param("channel", "DIRECT_FROM_LA_PAZ"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#preview-subject").text()).contains(cityName(city));
		assertThat(page.selectFirst("#preview-body").text()).contains("[contact.position]", "Perú");
		assertThat(page.selectFirst("#missing-fields").text()).contains("contact.position");
		assertThat(page.select("#download-pdf, #send-email")).hasSize(2);
		assertThat(count("select count(*) from interaction where city_id = ?", city)).isZero();
	}

	@Test
	void downloadingThePdfLogsALetterAndKeepsItForAnotherDownload() throws Exception {
		long city = candidate("Tacna de prueba", "PE");
		long contact = person("Alcalde de prueba", "Alcalde", null, null);
		MvcResult result = this.mvc
			.perform(post("/letters/compose/pdf").with(COORDINATOR)
				.with(csrf())
				.param("cityId", Long.toString(city))
				.param("templateId", Long.toString(template("FIRST_LETTER_TO_MAYOR", "es")))
				.param("personId", Long.toString(contact))
				.param("channel", "DIRECT_FROM_LA_PAZ")
				.param("note", "Entregada en mano"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(cityName(city), "Vicepresidencia de Integración Fronteriza");
		}
		assertThat(count("select count(*) from interaction where city_id = ? and kind = 'LETTER' "
				+ "and channel = 'DIRECT_FROM_LA_PAZ'", city))
			.isEqualTo(1);
		assertThat(count("select count(*) from outbox_message where reference = ?", "city:" + city)).isZero();
		long letter = count("select id from letter where city_id = ? and sent_how = 'PDF'", city);
		this.mvc.perform(get("/letters/{id}/pdf", letter).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc.perform(get("/letters/compose").param("cityId", Long.toString(city)).with(COORDINATOR))
			.andExpect(content().string(containsString("id=\"letter-pdf-" + letter + "\"")));
		this.mvc.perform(get("/letters/{id}/pdf", letter).with(MENTOR)).andExpect(status().isNotFound());
	}

	@Test
	void theNoteToAnEmbassyGoesThroughTheContactsEmbassy() throws Exception {
		long city = candidate("Barranquilla de prueba", "CO");
		long embassy = this.jdbc
			.sql("select min(id) from directory_organization where kind = 'EMBASSY' and country_code = 'CO' "
					+ "and host_country_code = 'BO'")
			.query(Long.class)
			.single();
		PersonForm form = new PersonForm();
		form.setName("Embajada contacto " + System.nanoTime());
		form.setPosition("Encargado de negocios");
		form.setOrganizationId(embassy);
		long contact = this.directory.create(form).getId();
		this.people.add(contact);
		Document page = Jsoup.parse(
				this.mvc
					.perform(post("/letters/compose/preview").with(COORDINATOR)
						.with(csrf())
						.param("cityId", Long.toString(city))
						.param("templateId", Long.toString(template("EMBASSY_RELAY_REQUEST", "es")))
						.param("personId", Long.toString(contact))
						.param("channel", "EMBASSY_IN_LA_PAZ"))
					.andReturn()
					.getResponse()
					.getContentAsString());
		String embassyName = this.jdbc.sql("select name from directory_organization where id = ?")
			.param(embassy)
			.query(String.class)
			.single();
		assertThat(page.selectFirst("#preview-body").text()).contains(embassyName, "Colombia", cityName(city));
		this.mvc
			.perform(post("/letters/compose/pdf").with(COORDINATOR)
				.with(csrf())
				.param("cityId", Long.toString(city))
				.param("templateId", Long.toString(template("EMBASSY_RELAY_REQUEST", "es")))
				.param("personId", Long.toString(contact))
				.param("channel", "EMBASSY_IN_LA_PAZ"))
			.andExpect(header().string("Content-Type", "application/pdf"));
		assertThat(count("select count(*) from interaction where city_id = ? and channel = 'EMBASSY_IN_LA_PAZ' "
				+ "and intermediary_id = ?", city, embassy))
			.isEqualTo(1);
	}

	@Test
	void hostileComposeInputsNeverCrashNorStoreAnything() throws Exception {
		long city = candidate("Pasto de prueba", "CO");
		long contact = person("Contacto", "Alcalde", "alcalde@example.org", "es");
		for (String hostile : HostileInputs.ALL) {
			for (String field : List.of("templateId", "personId", "channel", "intermediaryId", "mentorCityId",
					"note")) {
				for (String action : List.of("preview", "send")) {
					MvcResult result = this.mvc
						.perform(post("/letters/compose/" + action).with(COORDINATOR)
							.with(csrf())
							.param("cityId", Long.toString(city))
							.param("templateId", Long.toString(template("FIRST_LETTER_TO_MAYOR", "es")))
							.param("personId", Long.toString(contact))
							.param("channel", "DIRECT_FROM_LA_PAZ")
							.param(field, hostile))
						.andReturn();
					HostileInputs.assertNotServerError(result);
					HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), hostile);
				}
			}
			HostileInputs.assertNotServerError(
					this.mvc.perform(get("/letters/compose").param("cityId", hostile).with(COORDINATOR)).andReturn());
		}
		// only the hostile notes short enough for a note went out, each exactly once
		assertThat(count("select count(*) from interaction where city_id = ?", city))
			.isEqualTo(count("select count(*) from outbox_message where reference = ?", "city:" + city));
		assertThat(count("select count(*) from interaction where city_id = ? and summary like ?", city,
				"%" + HostileInputs.LONG.strip() + "%"))
			.isZero();
	}

	@Test
	void sendingByEmailQueuesOneMessageAndLogsOneInteractionOnTheCitysTimeline() throws Exception {
		long city = candidate("Cusco de prueba", "PE");
		long contact = person("Contato brasileiro", "Cônsul", "consul@example.org", "pt");
		long template = template("FIRST_LETTER_TO_MAYOR", "pt");
		this.mvc
			.perform(post("/letters/compose/send").with(COORDINATOR)
				.with(csrf())
				.param("cityId", Long.toString(city))
				.param("templateId", Long.toString(template))
				.param("personId", Long.toString(contact))
				.param("channel", "DIRECT_FROM_LA_PAZ"))
			.andExpect(redirectedUrl("/outreach/candidates/" + city))
			.andExpect(flash().attribute("message", "letters.sent"));
		assertThat(count("select count(*) from outbox_message where reference = ? and kind = 'LETTER' "
				+ "and recipient = 'consul@example.org' and language = 'pt'", "city:" + city))
			.isEqualTo(1);
		assertThat(count("select count(*) from interaction where city_id = ?", city)).isEqualTo(1);
		String summary = this.jdbc.sql("select summary from interaction where city_id = ?")
			.param(city)
			.query(String.class)
			.single();
		assertThat(summary).startsWith("Convite para conhecer a Rede Mercocidades");
		assertThat(count("select count(*) from letter where city_id = ? and sent_how = 'EMAIL' "
				+ "and outbox_message_id is not null and interaction_id is not null", city))
			.isEqualTo(1);
		this.mvc.perform(get("/outreach/candidates/{id}", city).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Convite para conhecer a Rede Mercocidades")));
	}

	@Test
	void aContactWithoutEmailGetsAClearMessageAndNothingIsStored() throws Exception {
		long city = candidate("Manta de prueba", "EC");
		long contact = person("Sin correo", "Alcalde", null, "es");
		this.mvc
			.perform(post("/letters/compose/send").with(COORDINATOR)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("cityId", Long.toString(city))
				.param("templateId", Long.toString(template("FIRST_LETTER_TO_MAYOR", "es")))
				.param("personId", Long.toString(contact))
				.param("channel", "DIRECT_FROM_LA_PAZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The contact has no e-mail address on record")))
			.andExpect(content().string(not(containsString("id=\"send-email\""))));
		assertThat(count("select count(*) from outbox_message where reference = ?", "city:" + city)).isZero();
		assertThat(count("select count(*) from interaction where city_id = ?", city)).isZero();
		assertThat(count("select count(*) from letter where city_id = ?", city)).isZero();
	}

	@Test
	void theMentorOfMedellinCannotComposeForAPeruvianCandidate() throws Exception {
		long lima = peruvianCandidate();
		this.mvc.perform(get("/letters/compose").param("cityId", Long.toString(lima)).with(MENTOR))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/letters/compose/send").with(MENTOR)
				.with(csrf())
				.param("cityId", Long.toString(lima))
				.param("templateId", Long.toString(template("FIRST_LETTER_TO_MAYOR", "es")))
				.param("channel", "MENTOR_CITY"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/letters/templates").with(MENTOR)).andExpect(status().isForbidden());
	}

	@Test
	void theMentorComposesForTheirOwnCandidateThroughTheMentorCityChannel() throws Exception {
		long colombian = this.jdbc
			.sql("select min(m.candidate_city_id) from mentor_assignment m join app_user u "
					+ "on u.mentor_city_id = m.mentor_city_id where u.username = 'mentor'")
			.query(Long.class)
			.single();
		long before = count("select count(*) from interaction where city_id = ?", colombian);
		this.mvc.perform(get("/letters/compose").param("cityId", Long.toString(colombian)).with(MENTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"MENTOR_CITY\"")))
			.andExpect(content().string(not(containsString("value=\"PORTAL\""))))
			.andExpect(content().string(not(containsString("Otras personas del directorio"))));
		this.mvc
			.perform(post("/letters/compose/pdf").with(MENTOR)
				.with(csrf())
				.param("cityId", Long.toString(colombian))
				.param("templateId", Long.toString(template("FIRST_LETTER_TO_MAYOR", "es")))
				.param("channel", "PORTAL")
				.param("confirmMissingFields", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		assertThat(count("select count(*) from interaction where city_id = ? and channel = 'MENTOR_CITY'", colombian))
			.isGreaterThan(0);
		assertThat(count("select count(*) from interaction where city_id = ?", colombian)).isEqualTo(before + 1);
		long interaction = count("select max(id) from interaction where city_id = ?", colombian);
		this.jdbc.sql("delete from letter where interaction_id = ?").param(interaction).update();
		this.jdbc.sql("delete from interaction where id = ?").param(interaction).update();
	}

	@Test
	void theCandidatePageLinksToComposeForThoseWhoLog() throws Exception {
		long city = candidate("Cali de prueba", "CO");
		this.mvc.perform(get("/outreach/candidates/{id}", city).with(COORDINATOR))
			.andExpect(content().string(containsString("id=\"compose-letter\"")));
		this.mvc.perform(get("/outreach/candidates/{id}", city).with(VIEWER))
			.andExpect(content().string(not(containsString("id=\"compose-letter\""))));
	}

	@Test
	void aLetterWithUnfilledFieldsGoesOutOnlyOnceTheUserConfirms() throws Exception {
		long city = candidate("Piura de prueba", "PE");
		long contact = person("Contacta sin cargo", null, "contacta@example.org", "es");
		String template = Long.toString(template("FIRST_LETTER_TO_MAYOR", "es"));
		Document preview = Jsoup.parse(
				this.mvc
					.perform(post("/letters/compose/preview").with(COORDINATOR)
						.with(csrf())
						.header("Accept-Language", "en")
						.param("cityId", Long.toString(city))
						.param("templateId", template)
						.param("personId", Long.toString(contact))
						.param("channel", "DIRECT_FROM_LA_PAZ"))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(preview.selectFirst("label[for=confirm-missing-fields]").text())
			.isEqualTo("Download or send anyway, with 1 unfilled field");
		assertThat(preview.selectFirst("#confirm-missing-fields").hasAttr("checked")).isFalse();
		for (String action : new String[] { "/letters/compose/pdf", "/letters/compose/send" }) {
			Document refused = Jsoup.parse(this.mvc
				.perform(post(action).with(COORDINATOR)
					.with(csrf())
					.header("Accept-Language", "en")
					.param("cityId", Long.toString(city))
					.param("templateId", template)
					.param("personId", Long.toString(contact))
					.param("channel", "DIRECT_FROM_LA_PAZ"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", containsString("text/html")))
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(refused.selectFirst("#confirm-missing-error").text())
				.isEqualTo("One field is unfilled (contact.position): confirm that the letter may go out like this, "
						+ "or complete the records.");
		}
		assertThat(count("select count(*) from letter where city_id = ?", city)).isZero();
		assertThat(count("select count(*) from interaction where city_id = ?", city)).isZero();
		assertThat(count("select count(*) from outbox_message where reference = ?", "city:" + city)).isZero();
		this.mvc
			.perform(post("/letters/compose/pdf").with(COORDINATOR)
				.with(csrf())
				.param("cityId", Long.toString(city))
				.param("templateId", template)
				.param("personId", Long.toString(contact))
				.param("channel", "DIRECT_FROM_LA_PAZ")
				.param("confirmMissingFields", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		assertThat(count("select count(*) from letter where city_id = ?", city)).isEqualTo(1);
	}

	@Test
	void theLettersMenuListsTheLettersSentWithinScopeAndStartsComposingFromACandidate() throws Exception {
		long city = candidate("Cajamarca de prueba", "PE");
		long contact = person("Alcaldesa de prueba", "Alcaldesa", null, "es");
		this.mvc
			.perform(post("/letters/compose/pdf").with(COORDINATOR)
				.with(csrf())
				.param("cityId", Long.toString(city))
				.param("templateId", Long.toString(template("FIRST_LETTER_TO_MAYOR", "es")))
				.param("personId", Long.toString(contact))
				.param("channel", "DIRECT_FROM_LA_PAZ")
				.param("confirmMissingFields", "true"))
			.andExpect(status().isOk());
		long letter = count("select id from letter where city_id = ?", city);
		String templateName = this.jdbc.sql("select name from letter_template where id = ?")
			.param(template("FIRST_LETTER_TO_MAYOR", "es"))
			.query(String.class)
			.single();

		Document list = Jsoup.parse(this.mvc.perform(get("/letters").with(COORDINATOR).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.selectFirst("#sent-letter-" + letter).text()).contains(cityName(city), "Alcaldesa de prueba",
				templateName, "PDF");
		assertThat(list.selectFirst("#letter-pdf-" + letter).attr("href")).isEqualTo("/letters/" + letter + "/pdf");
		assertThat(list.select("#nav-letters-compose, #nav-letters-sent, #nav-letters-templates")).hasSize(3);

		// the mentor of Medellín sees neither the Peruvian letter nor the Peruvian
		// candidate
		Document mentorList = Jsoup.parse(this.mvc.perform(get("/letters").with(MENTOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(mentorList.select("#sent-letter-" + letter)).isEmpty();
		assertThat(mentorList.select("#nav-letters-compose, #nav-letters-sent")).hasSize(2);
		assertThat(mentorList.select("#nav-letters-templates")).isEmpty();
		Document mentorChoice = Jsoup.parse(this.mvc.perform(get("/letters/compose").with(MENTOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(mentorChoice.select("#cityId option").eachAttr("value")).isNotEmpty()
			.doesNotContain(Long.toString(city));
		Document choice = Jsoup.parse(this.mvc.perform(get("/letters/compose").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(choice.selectFirst("#choose-form").attr("action")).isEqualTo("/letters/compose");
		assertThat(choice.select("#cityId option").eachAttr("value")).contains(Long.toString(city));

		// viewers read the letters and the templates but do not compose
		Document viewer = Jsoup.parse(this.mvc.perform(get("/letters").with(VIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(viewer.select("#sent-letter-" + letter)).hasSize(1);
		assertThat(viewer.select("#nav-letters-compose")).isEmpty();
		assertThat(viewer.select("#nav-letters-templates")).hasSize(1);
		this.jdbc.sql("delete from letter where id = ?").param(letter).update();
	}

}
