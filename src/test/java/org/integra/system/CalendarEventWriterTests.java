package org.integra.system;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A calendar of one event, read back with ical4j's parser as a calendar client would.
 */
class CalendarEventWriterTests {

	static final Instant STAMP = Instant.parse("2026-11-24T12:30:05.123Z");

	static final Instant START = Instant.parse("2027-03-10T12:00:00Z");

	static final Instant END = Instant.parse("2027-03-10T20:30:00Z");

	static final String LONG_DESCRIPTION = "Cumbre anual de la Red: inauguración, paneles temáticos sobre "
			+ "integración regional, cooperación descentralizada y acción climática; almuerzo; sesión de "
			+ "clausura con las alcaldesas y los alcaldes de São Paulo, Asunción y Córdoba.\nLínea 2: ¿asistirá?";

	static CalendarEvent event(CalendarEvent.Person attendee) {
		return new CalendarEvent("event-12@integra", 2, START, END, ZoneId.of("America/Montevideo"),
				"Cumbre de Mercociudades, São Paulo; 2027", LONG_DESCRIPTION,
				"Edifício Matarazzo, Viaduto do Chá 15, São Paulo", "https://integra.example/events/12",
				new CalendarEvent.Person("Secretaría Técnica", "secretaria@example.org"), attendee);
	}

	static final CalendarEvent.Person ALCALDESA = new CalendarEvent.Person("Señora \"Alcaldesa\"\nde Asunción",
			"alcaldia+eventos@example.org");

	@Test
	void writesAnInvitationThatAParserReadsBackWithEveryField() throws Exception {
		String text = CalendarEventWriter.write("-//Integra//Events//EN", CalendarMethod.REQUEST, STAMP,
				event(ALCALDESA));
		Calendar calendar = parse(text);

		assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Integra//Events//EN");
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("America/Montevideo");
		assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
		VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(value(event, Property.UID)).isEqualTo("event-12@integra");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261124T123005Z");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20270310T120000Z");
		assertThat(value(event, Property.DTEND)).isEqualTo("20270310T203000Z");
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(START);
		assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(END);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Cumbre de Mercociudades, São Paulo; 2027");
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo(LONG_DESCRIPTION);
		assertThat(value(event, Property.LOCATION)).isEqualTo("Edifício Matarazzo, Viaduto do Chá 15, São Paulo");
		assertThat(value(event, Property.URL)).isEqualTo("https://integra.example/events/12");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");

		Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
		assertThat(organizer.getValue()).isEqualTo("mailto:secretaria@example.org");
		assertThat(parameter(organizer, Parameter.CN)).isEqualTo("Secretaría Técnica");
		Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
		assertThat(attendee.getValue()).isEqualTo("mailto:alcaldia+eventos@example.org");
		assertThat(parameter(attendee, Parameter.CN)).isEqualTo("Señora 'Alcaldesa' de Asunción");
		assertThat(parameter(attendee, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
		assertThat(parameter(attendee, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");

		assertThat(calendar.validate().hasErrors()).as("valid for iTIP REQUEST: %s", calendar.validate()).isFalse();
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithCrlfEndings() {
		String text = CalendarEventWriter.write("-//Integra//Events//EN", CalendarMethod.REQUEST, STAMP,
				event(ALCALDESA));
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		String[] lines = text.split("\r\n");
		assertThat(lines).allSatisfy((line) -> {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
		});
		assertThat(Arrays.stream(lines).filter((line) -> line.startsWith(" ")).count()).as("continuation lines")
			.isGreaterThanOrEqualTo(3);
		assertThat(text.replace("\r\n ", "")).contains("SUMMARY:Cumbre de Mercociudades\\, São Paulo\\; 2027\r\n")
			.contains("\\nLínea 2: ¿asistirá?\r\n");
	}

	@Test
	void aCancellationSaysSoTwice() throws Exception {
		Calendar calendar = parse(
				CalendarEventWriter.write("-//Integra//Events//EN", CalendarMethod.CANCEL, STAMP, event(ALCALDESA)));
		assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
		VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(event, Property.UID)).isEqualTo("event-12@integra");
		assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter(Parameter.PARTSTAT)).isEmpty();
		assertThat(calendar.validate().hasErrors()).as("valid for iTIP CANCEL: %s", calendar.validate()).isFalse();
	}

	@Test
	void aPublishedEventNeedsNeitherOrganizerNorAttendeeNorTheOptionalFields() throws Exception {
		CalendarEvent bare = new CalendarEvent("event-13@integra", 0, START, START, null, "Reunión", null, " ", null,
				null, null);
		String text = CalendarEventWriter.write("-//Integra//Events//EN", CalendarMethod.PUBLISH, STAMP, bare);
		Calendar calendar = parse(text);
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		assertThat(calendar.getProperty("X-WR-TIMEZONE")).isEmpty();
		VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		for (String absent : new String[] { Property.DESCRIPTION, Property.LOCATION, Property.URL, Property.ORGANIZER,
				Property.ATTENDEE }) {
			assertThat(event.getProperty(absent)).as(absent).isEmpty();
		}
	}

	@Test
	void theContentTypeNamesTheMethod() {
		assertThat(CalendarMethod.REQUEST.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
		assertThat(CalendarMethod.CANCEL.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
		assertThat(CalendarMethod.PUBLISH.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
	}

	@Test
	void refusesAnEventThatMakesNoSense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalendarEvent(" ", 0, START, END, null, "Reunión", null, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new CalendarEvent("e@integra", 0, END, START, null, "Reunión", null, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new CalendarEvent("e@integra", -1, START, END, null, "Reunión", null, null, null, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalendarEvent("e@integra", 0, START, END, null, "", null, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent.Person("Nadie", " "));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CalendarEventWriter.mailto(new CalendarEvent.Person(null, "no address@example.org")));
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static String value(net.fortuna.ical4j.model.PropertyListAccessor container, String name) {
		return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
	}

	private static String parameter(Property property, String name) {
		return property.getParameter(name).map(Parameter::getValue).orElseThrow(() -> new AssertionError(name));
	}

}
