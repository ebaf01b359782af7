package org.integra.events.web;

import java.util.List;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.events.EventFixtures;
import org.integra.events.Events;
import org.integra.events.ShowcaseItem;
import org.integra.events.Showcases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ShowcaseWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor VIEWER = user("consejo").roles("VIEWER");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Showcases showcases;

	@Autowired
	TestCities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUnitPresentsWithItsOfferCityAndContactOnTheEventPageAndInThePdf() throws Exception {
		long event = event();
		long city = this.cities.city(TestCities.unique("Rosario"), "AR").relation("MEMBER").create();
		long person = new EventFixtures(this.events, this.cities, this.jdbc).contact(city, "Lucía Gómez", "es");
		add(event,
				entry(unit("UTC"), "Redes de gestores culturales", "Redes de gestores culturais")
					.param("coordinatingCityId", Long.toString(city))
					.param("contactPersonId", Long.toString(person)))
			.andExpect(redirectedUrl("/events/" + event))
			.andExpect(flash().attribute("message", "events.showcase.saved"));
		Document page = page(get("/events/" + event).with(VIEWER));
		assertThat(page.select("#showcase-empty")).isEmpty();
		assertThat(page.select(".showcase-unit").eachText()).containsExactly("Cultura");
		assertThat(page.select(".showcase-offer").eachText()).containsExactly("Redes de gestores culturales");
		assertThat(page.select(".showcase-city").text()).isEqualTo("Ciudad coordinadora: " + cityName(city));
		assertThat(page.select(".showcase-contact").text()).startsWith("Contacto: Lucía Gómez (");
		assertThat(page.select("#add-showcase, [id^=edit-showcase-]")).isEmpty();
		assertThat(page.select("#agenda-link").attr("href")).isEqualTo("/events/" + event + "/agenda");
		Document portuguese = page(get("/events/" + event).with(VIEWER).header("Accept-Language", "pt"));
		assertThat(portuguese.select(".showcase-offer").text()).isEqualTo("Redes de gestores culturais");
		List<ShowcaseItem> items = this.showcases.forEvent(event, java.util.Locale.forLanguageTag("pt"));
		assertThat(items).extracting(ShowcaseItem::unitName, ShowcaseItem::offer, ShowcaseItem::contactName)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Cultura", "Redes de gestores culturais", "Lucía Gómez"));
		MvcResult pdf = this.mvc.perform(get("/events/" + event + "/agenda.pdf").param("lang", "pt").with(VIEWER))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AgendaWebTests.text(pdf.getResponse().getContentAsByteArray())).contains("Cultura",
				"Redes de gestores culturais", "Cidade coordenadora: " + cityName(city), "Contato: Lucía Gómez");
	}

	@Test
	void aUnitPresentsOnceAndItsEntryIsEditedAndRemoved() throws Exception {
		long event = event();
		add(event, entry(unit("UTT"), "Rutas", "Rotas")).andExpect(redirectedUrl("/events/" + event));
		long before = count(event);
		MvcResult twice = add(event, entry(unit("UTT"), "Otra vez", "De novo")).andExpect(status().isOk()).andReturn();
		assertThat(Jsoup.parse(twice.getResponse().getContentAsString()).select("#thematicUnitId-error").text())
			.isEqualTo("Esa unidad temática ya presenta en este evento.");
		assertThat(count(event)).isEqualTo(before);
		long id = entryId(event);
		Document form = page(get("/events/" + event + "/showcase/" + id + "/edit").with(COORDINATOR));
		assertThat(form.select("#offerEs").text()).isEqualTo("Rutas");
		this.mvc
			.perform(entry(unit("UTT"), "Rutas turísticas", "Rotas turísticas").param("version", "0")
				.with(at("/events/" + event + "/showcase/" + id + "/edit")))
			.andExpect(redirectedUrl("/events/" + event));
		assertThat(this.jdbc.sql("select offer_es from event_showcase_entry where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Rutas turísticas");
		Document asCoordinator = page(get("/events/" + event).with(COORDINATOR));
		assertThat(asCoordinator.select("#delete-showcase-" + id).attr("data-confirm")).isNotBlank();
		long other = event();
		this.mvc.perform(get("/events/" + other + "/showcase/" + id + "/edit").with(COORDINATOR))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/events/" + other + "/showcase/" + id + "/delete").with(COORDINATOR).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/events/" + event + "/showcase/" + id + "/delete").with(MENTOR).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/events/" + event + "/showcase/" + id + "/delete").with(COORDINATOR).with(csrf()))
			.andExpect(redirectedUrl("/events/" + event));
		assertThat(count(event)).isZero();
		assertThat(this.jdbc
			.sql("select action from audit_entry where entity_type = 'ShowcaseEntry' and entity_id = ? order by id")
			.param(Long.toString(id))
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "DELETE");
	}

	@Test
	void thePlansWorkshopInvitesTheUnitsToFillItsShowcaseIn() throws Exception {
		Long id = this.jdbc
			.sql("select id from event where plan_action = 'ACTION_5' and kind = 'WORKSHOP' "
					+ "and created_by = 'system'")
			.query(Long.class)
			.single();
		assertThat(count(id)).isZero();
		Document page = page(get("/events/" + id).with(VIEWER));
		assertThat(page.select("#showcase-empty").text())
			.startsWith("Este espacio está abierto para que las " + "Unidades Temáticas");
		assertThat(this.jdbc.sql("select count(*) from event_session where event_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
		long event = event();
		List<String> units = List.of("UTC", "UTT", "UTDS", "UTSC");
		List<String> inputs = List.of(HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT, HostileInputs.SQL,
				HostileInputs.NON_BMP);
		for (int i = 0; i < inputs.size(); i++) {
			add(event, entry(unit(units.get(i)), inputs.get(i), inputs.get(i)))
				.andExpect(redirectedUrl("/events/" + event));
		}
		assertThat(this.jdbc.sql("select offer_pt from event_showcase_entry where event_id = ? order by id")
			.param(event)
			.query(String.class)
			.list()).containsExactlyElementsOf(inputs);
		MvcResult shown = this.mvc.perform(get("/events/" + event).with(COORDINATOR)).andReturn();
		HostileInputs.assertNotServerError(shown);
		for (String input : inputs) {
			HostileInputs.assertRenderedEscaped(shown.getResponse().getContentAsString(), input);
		}
		for (String field : List.of("thematicUnitId", "offerEs", "offerPt", "coordinatingCityId", "contactPersonId")) {
			List<String> refusedInputs = field.endsWith("Id") ? List.of(HostileInputs.LONG, HostileInputs.SCRIPT)
					: List.of(HostileInputs.LONG.repeat(2));
			for (String input : refusedInputs) {
				MvcResult refused = add(event, entry(unit("UTIF"), "Oferta", "Oferta").with(replacing(field, input)))
					.andReturn();
				HostileInputs.assertNotServerError(refused);
				assertThat(refused.getResponse().getStatus()).as(field).isEqualTo(200);
			}
		}
		assertThat(count(event)).isEqualTo(4);
	}

	private ResultActions add(long event, MockHttpServletRequestBuilder form) throws Exception {
		return this.mvc.perform(form.with(at("/events/" + event + "/showcase")));
	}

	private MockHttpServletRequestBuilder entry(long unit, String offerEs, String offerPt) {
		return post("/events/0/showcase").with(COORDINATOR)
			.with(csrf())
			.param("thematicUnitId", Long.toString(unit))
			.param("offerEs", offerEs)
			.param("offerPt", offerPt);
	}

	/** The form with one field's value replaced. */
	static RequestPostProcessor replacing(String field, String value) {
		return (request) -> {
			request.setParameter(field, value);
			return request;
		};
	}

	private static RequestPostProcessor at(String uri) {
		return (request) -> {
			request.setRequestURI(uri);
			return request;
		};
	}

	private long event() {
		return new EventFixtures(this.events, this.cities, this.jdbc).announcedEvent(null);
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from thematic_unit where code = ?").param(code).query(Long.class).single();
	}

	private String cityName(long city) {
		return this.jdbc.sql("select name from city where id = ?").param(city).query(String.class).single();
	}

	private long count(long event) {
		return this.jdbc.sql("select count(*) from event_showcase_entry where event_id = ?")
			.param(event)
			.query(Long.class)
			.single();
	}

	private long entryId(long event) {
		return this.jdbc.sql("select id from event_showcase_entry where event_id = ?")
			.param(event)
			.query(Long.class)
			.single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
