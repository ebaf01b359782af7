package org.integra.events.web;

import java.time.Duration;

import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.events.Events;
import org.integra.events.RegistrationFixtures;
import org.integra.events.RegistrationRecords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class RegistrationStaffWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinacion").roles("COORDINATOR");

	static final RequestPostProcessor SECRETARIAT = user("secretaria").roles("SECRETARIAT");

	static final RequestPostProcessor MENTOR = user("mentor").roles("MENTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Events events;

	@Autowired
	TestCities cities;

	@Autowired
	RegistrationRecords records;

	@Autowired
	MutableClock clock;

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistrationFixtures(this.events, this.cities, this.jdbc, this.records);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCoordinatorOpensTheRegistrationFromTheListAndTheEventPageCountsTheRegistered() throws Exception {
		long event = this.fixtures.closedEvent();
		Document list = page(get("/events/" + event + "/registrations").with(COORDINATOR));
		assertThat(list.select("#toggle-registration").text()).isEqualTo("Abrir la inscripción pública");
		this.mvc
			.perform(post("/events/" + event + "/registrations/settings").with(COORDINATOR)
				.with(csrf())
				.param("open", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/events/" + event + "/register")).andExpect(status().isOk());
		long id = register(event, "Joana Araújo", "BR");
		this.jdbc.sql("update event_registration set confirmed_at = current_timestamp where id = ?").param(id).update();
		Document page = page(get("/events/" + event).with(SECRETARIAT));
		assertThat(page.select("#count-registered").text()).isEqualTo("Inscritos: 1");
		assertThat(page.select("#registrations-link")).hasSize(1);
		this.mvc.perform(post("/events/" + event + "/registrations/settings").with(SECRETARIAT).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/events/" + event + "/registrations").with(MENTOR)).andExpect(status().isForbidden());
	}

	@Test
	void theListIsSearchedIgnoringAccents() throws Exception {
		long event = this.fixtures.openEvent();
		long joana = register(event, "Joana Araújo", "BR");
		long pedro = register(event, "Pedro Pérez", "PE");
		Document found = page(get("/events/" + event + "/registrations?q=ARAUJO").with(SECRETARIAT));
		assertThat(found.select("#registrations tbody tr").eachAttr("id")).containsExactly("registration-" + joana);
		Document all = page(get("/events/" + event + "/registrations").with(SECRETARIAT));
		assertThat(all.select("#registrations tbody tr").eachAttr("id")).containsExactly("registration-" + pedro,
				"registration-" + joana);
	}

	@Test
	void linkingANewCityCreatesACandidateIdentifiedThroughTheEvent() throws Exception {
		long event = this.fixtures.openEvent();
		long id = register(event, "Lucía Torres", "EC");
		String cityName = TestCities.unique("Ciudad del taller");
		this.mvc
			.perform(post("/events/" + event + "/registrations/" + id + "/city/new").with(COORDINATOR)
				.with(csrf())
				.param("name", cityName)
				.param("country", "EC"))
			.andExpect(status().is3xxRedirection());
		long city = this.jdbc.sql("select city_id from event_registration where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select name || ' ' || country_code || ' ' || network_relation from city where id = ?")
			.param(city)
			.query(String.class)
			.single()).isEqualTo(cityName + " EC CANDIDATE");
		assertThat(
				this.jdbc.sql("select stage from candidate where city_id = ?").param(city).query(String.class).single())
			.isEqualTo("IDENTIFIED");
		assertThat(this.jdbc.sql("select kind || ' ' || channel from interaction where city_id = ?")
			.param(city)
			.query(String.class)
			.list()).containsExactly("EVENT EVENT");
		Document page = page(get("/events/" + event + "/registrations/" + id).with(COORDINATOR));
		assertThat(page.select("#linked-city a").text()).isEqualTo(cityName);
	}

	@Test
	void anExistingCityIsFoundByNameAndLinked() throws Exception {
		long event = this.fixtures.openEvent();
		String cityName = TestCities.unique("Ciudad existente");
		long city = this.cities.create(cityName, "CL");
		long id = this.registerWithCity(event, "Rosa Díaz", "CL", cityName);
		Document page = page(get("/events/" + event + "/registrations/" + id).with(COORDINATOR));
		assertThat(page.select("#link-city-" + city)).hasSize(1);
		this.mvc
			.perform(post("/events/" + event + "/registrations/" + id + "/city").with(COORDINATOR)
				.with(csrf())
				.param("cityId", Long.toString(city)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select city_id from event_registration where id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(city);
		assertThat(this.jdbc
			.sql("select e.action || ' ' || e.username || ' ' || c.field from audit_entry e "
					+ "join audit_change c on c.entry_id = e.id where e.entity_type = 'Registration' "
					+ "and e.entity_id = ? order by e.id, c.field")
			.param(Long.toString(id))
			.query(String.class)
			.list()).as("the submission and the link are in the audit trail, the token's hash is not")
			.contains("CREATE system name", "CREATE system email", "UPDATE coordinacion cityId")
			.noneMatch((line) -> line.endsWith("tokenHash") || line.endsWith("searchText"));
	}

	@Test
	void theDirectoryProposesTheSamePersonOrAddsANewOne() throws Exception {
		long event = this.fixtures.openEvent();
		long cityId = this.fixtures.events().candidate("INTERESTED", "UY");
		long known = this.fixtures.events().contact(cityId, "Marta Silva", "es");
		String knownEmail = this.jdbc.sql("select email from directory_person where id = ?")
			.param(known)
			.query(String.class)
			.single();
		long again = registerAs(event, "Marta Silva", "UY", "Montevideo", knownEmail);
		Document page = page(get("/events/" + event + "/registrations/" + again).with(COORDINATOR));
		assertThat(page.select("#likely-people button").eachAttr("id")).containsExactly("link-person-" + known);
		this.mvc
			.perform(post("/events/" + event + "/registrations/" + again + "/person").with(COORDINATOR)
				.with(csrf())
				.param("personId", Long.toString(known)))
			.andExpect(status().is3xxRedirection());
		assertThat(personOf(again)).isEqualTo(known);

		long stranger = register(event, TestCities.unique("Nadie Conocido"), "AR");
		this.mvc
			.perform(post("/events/" + event + "/registrations/" + stranger + "/person/new").with(COORDINATOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long created = personOf(stranger);
		assertThat(this.jdbc.sql("select position || ' ' || preferred_language from directory_person where id = ?")
			.param(created)
			.query(String.class)
			.single()).isEqualTo("Directora es");
	}

	private long personOf(long registration) {
		return this.jdbc.sql("select person_id from event_registration where id = ?")
			.param(registration)
			.query(Long.class)
			.single();
	}

	private long register(long event, String name, String country) throws Exception {
		return registerWithCity(event, name, country, "Ciudad");
	}

	private long registerWithCity(long event, String name, String country, String city) throws Exception {
		return registerAs(event, name, country, city,
				TestCities.unique("persona").replace(' ', '.').toLowerCase(java.util.Locale.ROOT) + "@example.org");
	}

	private long registerAs(long event, String name, String country, String city, String email) throws Exception {
		String address = "10.48." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
		String stamp = page(get("/events/" + event + "/register")).select("input[name=stamp]").attr("value");
		this.clock.advance(Duration.ofSeconds(10));
		this.mvc.perform(post("/events/" + event + "/register").with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		})
			.param("name", name)
			.param("organization", "Intendencia")
			.param("city", city)
			.param("country", country)
			.param("position", "Directora")
			.param("email", email)
			.param("language", "es")
			.param("stamp", stamp)).andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select id from event_registration where event_id = ? and email = ?")
			.params(event, email)
			.query(Long.class)
			.single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
