package org.integra.events.web;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.events.Events;
import org.integra.events.RegistrationFixtures;
import org.integra.events.RegistrationRateLimit;
import org.integra.events.RegistrationRecords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@ExtendWith(OutputCaptureExtension.class)
class PublicRegistrationWebTests {

	/** Each test sends from addresses of its own, so that no two share a rate limit. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationRateLimit rateLimit;

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

	String address;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistrationFixtures(this.events, this.cities, this.jdbc, this.records);
		this.address = "10.46." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void thePageOpensWithoutSigningInInThreeLanguages() throws Exception {
		long event = this.fixtures.openEvent();
		assertThat(page(get("/events/" + event + "/register?lang=es")).select("#register-send").text())
			.isEqualTo("Inscribirme");
		assertThat(page(get("/events/" + event + "/register?lang=pt")).select("#register-send").text())
			.isEqualTo("Inscrever-me");
		Document english = page(get("/events/" + event + "/register?lang=en"));
		assertThat(english.select("#register-send").text()).isEqualTo("Register");
		assertThat(english.select("#register-language option[selected]").attr("value")).isEqualTo("en");
		assertThat(english.select("input[name=website]")).hasSize(1);
	}

	@Test
	void anEventWhoseRegistrationIsOffAnswers404() throws Exception {
		long event = this.fixtures.closedEvent();
		this.mvc.perform(get("/events/" + event + "/register")).andExpect(status().isNotFound());
		this.mvc.perform(withFields(post("/events/" + event + "/register"), "Ana", "ana@example.org", "x"))
			.andExpect(status().isNotFound());
		long opened = this.fixtures.openEvent();
		this.records.setOpen(opened, false, RegistrationFixtures.COORDINATOR);
		this.mvc.perform(get("/events/" + opened + "/register")).andExpect(status().isNotFound());
	}

	@Test
	void aRegistrationIsStoredAndAsksToConfirmTheAddressThenTheConfirmationCarriesTheEvent() throws Exception {
		long event = this.fixtures.openEvent();
		String email = unique("ana") + "@example.org";
		register(event, "Ana Gómez", email).andExpect(redirectedUrl("/events/" + event + "/register/sent"));
		assertThat(this.jdbc
			.sql("select name || ' ' || language || ' ' || coalesce(city_name, '-') "
					+ "from event_registration where event_id = ? and email = ?")
			.params(event, email)
			.query(String.class)
			.single()).isEqualTo("Ana Gómez es La Paz");
		List<String> bodies = bodiesTo(email);
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).startsWith("Estimado/a Ana Gómez:").contains("/registrations/reg_");
		String link = linkIn(bodies.get(0));

		Document confirm = page(get(link));
		assertThat(confirm.select("#confirm-for").text()).isEqualTo("Inscripción de Ana Gómez");
		this.mvc.perform(post(link).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(post(link).with(csrf())).andExpect(status().isOk());
		assertThat(page(get(link)).select("#confirmed")).hasSize(1);

		assertThat(bodiesTo(email)).as("one confirmation, however often the link is used").hasSize(2);
		List<byte[]> calendars = this.jdbc
			.sql("select a.content from outbox_attachment a join outbox_message m on m.id = a.outbox_message_id "
					+ "where m.recipient = ? and a.filename like 'event-%.ics'")
			.param(email)
			.query((row, n) -> row.getBytes(1))
			.list();
		assertThat(calendars).hasSize(1);
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(new String(calendars.get(0), java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
		assertThat(vevents).hasSize(1);
		assertThat(vevents.get(0).<Property>getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("event-" + event + "@integra");
		assertThat(this.records.countConfirmed(event)).isEqualTo(1);
	}

	@Test
	void aWrongConfirmationLinkAnswers404() throws Exception {
		this.mvc.perform(get("/registrations/reg_" + "B".repeat(43))).andExpect(status().isNotFound());
		this.mvc.perform(post("/registrations/reg_" + "B".repeat(43)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/registrations/nonsense")).andExpect(status().isNotFound());
	}

	@Test
	void theHiddenFieldAndTooFastSubmissionsAreRefusedQuietlyButLogged(CapturedOutput output) throws Exception {
		long event = this.fixtures.openEvent();
		String stamp = stamp(event);
		this.clock.advance(Duration.ofSeconds(10));
		String robot = unique("robot") + "@example.org";
		this.mvc
			.perform(withFields(post("/events/" + event + "/register"), "Robot", robot, stamp).param("website",
					"http://spam.example"))
			.andExpect(redirectedUrl("/events/" + event + "/register/sent"));
		String fast = unique("fast") + "@example.org";
		String fresh = stamp(event);
		this.mvc.perform(withFields(post("/events/" + event + "/register"), "Rápido", fast, fresh))
			.andExpect(redirectedUrl("/events/" + event + "/register/sent"));
		this.mvc.perform(withFields(post("/events/" + event + "/register"), "Forged", fast, "1.AAAA"))
			.andExpect(status().isOk());
		assertThat(count("select count(*) from event_registration where event_id = ?", event)).isZero();
		assertThat(output.getAll()).contains("refused quietly: hidden field filled in")
			.contains("refused quietly: sent");
	}

	@Test
	void manyPostsFromOneAddressAreLimitedWithAMessageAndNothingAcceptedIsLost() throws Exception {
		long event = this.fixtures.openEvent();
		String stamp = stamp(event);
		this.clock.advance(Duration.ofSeconds(10));
		String prefix = unique("flood").replace(' ', '.');
		int accepted = 0;
		int limited = 0;
		String lastLimited = null;
		for (int i = 0; i < 200; i++) {
			MvcResult result = this.mvc
				.perform(withFields(post("/events/" + event + "/register?lang=pt"), "Pessoa " + i,
						prefix + i + "@example.org", stamp))
				.andReturn();
			if (result.getResponse().getStatus() == 302) {
				accepted++;
			}
			else {
				assertThat(result.getResponse().getStatus()).isEqualTo(429);
				limited++;
				lastLimited = result.getResponse().getContentAsString();
			}
		}
		assertThat(this.rateLimit.capacity()).as("the default of integra.events.registration-rate").isEqualTo(10);
		assertThat(accepted).isEqualTo(this.rateLimit.capacity());
		assertThat(limited).isEqualTo(200 - this.rateLimit.capacity());
		assertThat(Jsoup.parse(lastLimited).select("#register-refusal").text())
			.startsWith("Foram enviadas inscrições demais");
		assertThat(Jsoup.parse(lastLimited).select("#register-name").attr("value")).isEqualTo("Pessoa 199");
		assertThat(count("select count(*) from event_registration where event_id = ?", event)).isEqualTo(accepted);
		assertThat(count("select count(*) from outbox_message where recipient like ?", prefix + "%"))
			.isEqualTo(accepted);
	}

	@Test
	void hostileInputInEveryFieldIsRefusedOrStoredAsTextNeverCrashes() throws Exception {
		long event = this.fixtures.openEvent();
		String stamp = stamp(event);
		this.clock.advance(Duration.ofSeconds(10));
		List<String> fields = List.of("name", "organization", "city", "country", "position", "email", "language");
		for (String field : fields) {
			for (String input : HostileInputs.ALL) {
				this.address = "10.47." + (ADDRESSES.incrementAndGet() % 250) + ".1";
				MockHttpServletRequestBuilder request = withFields(post("/events/" + event + "/register"), "Ana",
						unique("hostil") + "@example.org", stamp);
				request.param(field, input);
				MvcResult result = this.mvc.perform(request).andReturn();
				HostileInputs.assertNotServerError(result);
				HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), input);
			}
		}
		this.jdbc.sql("select id from event_registration where event_id = ?")
			.param(event)
			.query(Long.class)
			.list()
			.forEach((id) -> {
				try {
					MvcResult page = this.mvc.perform(get("/events/" + event + "/registrations/" + id)
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
							.user("coordinacion")
							.roles("COORDINATOR")))
						.andReturn();
					HostileInputs.assertNotServerError(page);
					HostileInputs.ALL.forEach((input) -> HostileInputs.assertRenderedEscaped(contentOf(page), input));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
	}

	private static String contentOf(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private org.springframework.test.web.servlet.ResultActions register(long event, String name, String email)
			throws Exception {
		String stamp = stamp(event);
		this.clock.advance(Duration.ofSeconds(10));
		return this.mvc.perform(withFields(post("/events/" + event + "/register"), name, email, stamp));
	}

	private MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, String name, String email,
			String stamp) {
		String from = this.address;
		return request.with(csrf()).with((r) -> {
			r.setRemoteAddr(from);
			return r;
		})
			.param("name", name)
			.param("organization", "Alcaldía")
			.param("city", "La Paz")
			.param("country", "BO")
			.param("position", "Directora")
			.param("email", email)
			.param("language", "es")
			.param("stamp", stamp);
	}

	private String stamp(long event) throws Exception {
		return page(get("/events/" + event + "/register")).select("input[name=stamp]").attr("value");
	}

	private List<String> bodiesTo(String email) {
		return this.jdbc.sql("select body from outbox_message where recipient = ? order by id")
			.param(email)
			.query(String.class)
			.list();
	}

	private static String linkIn(String body) {
		int start = body.indexOf("/registrations/");
		int end = start;
		while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
			end++;
		}
		return body.substring(start, end);
	}

	private static String unique(String name) {
		return TestCities.unique(name).replace(' ', '.').toLowerCase(java.util.Locale.ROOT);
	}

	private long count(String sql, Object... parameters) {
		return this.jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
