package org.integra.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.integra.tasks.ICalendarWriter.Todo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task feed's to-dos; the folding of its lines is tested in
 * {@code system.ICalendarTests}.
 */
class ICalendarWriterTests {

	private static final Instant STAMP = Instant.parse("2026-11-24T12:30:05Z");

	@Test
	void escapesTextValues() {
		assertThat(summaryLine("a\\b;c,d\ne\r\nf\rg")).isEqualTo("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng");
		assertThat(descriptionLine("uno, dos; tres\ncuatro")).isEqualTo("DESCRIPTION:uno\\, dos\\; tres\\ncuatro");
	}

	@Test
	void keepsNonLatinCharactersAsTheyAre() {
		assertThat(summaryLine("Позвонить в 北京, مستشارة")).isEqualTo("SUMMARY:Позвонить в 北京\\, مستشارة");
	}

	@Test
	void dropsControlCharactersButKeepsTabsAndAccents() {
		assertThat(summaryLine("São\tPaulo\u0001\u007f")).isEqualTo("SUMMARY:São\tPaulo");
	}

	private static String summaryLine(String summary) {
		return line(new Todo("t@integra", null, summary, null, null), "SUMMARY:");
	}

	private static String descriptionLine(String description) {
		return line(new Todo("t@integra", null, "x", description, null), "DESCRIPTION:");
	}

	private static String line(Todo todo, String start) {
		String calendar = unfold(ICalendarWriter.write("-//Integra//Tasks//EN", "Integra", STAMP, List.of(todo)));
		return Arrays.stream(calendar.split("\r\n")).filter((l) -> l.startsWith(start)).findFirst().orElseThrow();
	}

	@Test
	void writesACalendarOfToDos() {
		String calendar = ICalendarWriter
			.write("-//Integra//Tasks//EN", "Integra", STAMP,
					List.of(new Todo("task-7@integra", LocalDate.of(2026, 12, 1), "Llamar, a; Bogotá",
							"Línea 1\nLínea 2", "https://integra.example/tasks/7"),
							new Todo("task-8@integra", null, "Sin fecha", null, null)));
		assertThat(calendar).endsWith("END:VCALENDAR\r\n");
		assertThat(calendar.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(calendar.split("\r\n")).startsWith("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Integra//Tasks//EN",
				"CALSCALE:GREGORIAN");
		assertThat(calendar).contains("\r\nUID:task-7@integra\r\n", "\r\nDTSTAMP:20261124T123005Z\r\n",
				"\r\nDUE;VALUE=DATE:20261201\r\n", "\r\nSUMMARY:Llamar\\, a\\; Bogotá\r\n",
				"\r\nDESCRIPTION:Línea 1\\nLínea 2\r\n", "\r\nURL:https://integra.example/tasks/7\r\n",
				"\r\nSTATUS:NEEDS-ACTION\r\n");
		String second = calendar.substring(calendar.indexOf("UID:task-8@integra"));
		assertThat(second.substring(0, second.indexOf("END:VTODO"))).doesNotContain("DUE")
			.doesNotContain("DESCRIPTION")
			.doesNotContain("URL");
	}

	@Test
	void writesAnEmptyCalendar() {
		String calendar = ICalendarWriter.write("-//Integra//Tasks//EN", "Integra", STAMP, List.of());
		assertThat(calendar).contains("BEGIN:VCALENDAR\r\n").contains("END:VCALENDAR\r\n").doesNotContain("VTODO");
	}

	private static String unfold(String folded) {
		return folded.replace("\r\n ", "");
	}

}
