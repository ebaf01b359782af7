package org.integra.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventRulesTests {

	@Test
	void aCompleteInPersonEventHasNoProblem() {
		assertThat(EventRules.problems(EventRules.cleaned(valid()))).isEmpty();
	}

	@Test
	void anEmptyFormNamesEveryRequiredField() {
		EventForm form = new EventForm();
		assertThat(fields(EventRules.problems(EventRules.cleaned(form)))).containsExactlyInAnyOrder(
				"kind=events.event.kind.required", "titleEs=events.event.titleEs.required",
				"titlePt=events.event.titlePt.required", "startsAt=events.event.startsAt.required",
				"endsAt=events.event.endsAt.required", "timeZone=events.event.timeZone.required",
				"format=events.event.format.required");
	}

	@Test
	void blankTextsCountAsMissing() {
		EventForm form = valid();
		form.setTitleEs("   ");
		form.setTitleEn(" ");
		EventRules.cleaned(form);
		assertThat(form.getTitleEn()).isNull();
		assertThat(fields(EventRules.problems(form))).containsExactly("titleEs=events.event.titleEs.required");
	}

	@Test
	void theEndComesAfterTheStart() {
		EventForm form = valid();
		form.setEndsAt(form.getStartsAt());
		assertThat(fields(EventRules.problems(form))).containsExactly("endsAt=events.event.endsAt.beforeStart");
	}

	@Test
	void anInPersonEventNeedsAVenueAndACityAndAnOnlineOneALink() {
		EventForm inPerson = valid();
		inPerson.setVenue(null);
		inPerson.setCityId(null);
		assertThat(fields(EventRules.problems(inPerson))).containsExactlyInAnyOrder("venue=events.event.venue.required",
				"cityId=events.event.cityId.required");
		EventForm online = valid();
		online.setFormat(EventFormat.ONLINE);
		online.setVenue(null);
		online.setCityId(null);
		assertThat(fields(EventRules.problems(online))).containsExactly("onlineLink=events.event.onlineLink.required");
		EventForm hybrid = valid();
		hybrid.setFormat(EventFormat.HYBRID);
		assertThat(fields(EventRules.problems(hybrid))).containsExactly("onlineLink=events.event.onlineLink.required");
	}

	@Test
	void theLinkIsAWebAddress() {
		for (String bad : List.of("javascript:alert(1)", "ftp://example.org", "https://", "not a link",
				"https://example.org/" + "x".repeat(EventRules.LINK_MAX))) {
			EventForm form = valid();
			form.setFormat(EventFormat.ONLINE);
			form.setOnlineLink(bad);
			assertThat(fields(EventRules.problems(form))).as(bad)
				.containsExactly("onlineLink=events.event.onlineLink.invalid");
		}
		EventForm form = valid();
		form.setFormat(EventFormat.ONLINE);
		form.setOnlineLink("https://meet.example.org/taller-2017");
		assertThat(EventRules.problems(form)).isEmpty();
	}

	@Test
	void limitsOfLengthCapacityDeadlineAndZone() {
		EventForm form = valid();
		form.setTitlePt("x".repeat(EventRules.TITLE_MAX + 1));
		form.setTheme("Resiliencia\nUrbana");
		form.setDescriptionEs("x".repeat(EventRules.DESCRIPTION_MAX + 1));
		form.setCapacity(0);
		form.setAnswerDeadline(form.getStartsAt().toLocalDate().plusDays(1));
		form.setTimeZone("America/Atlantis");
		assertThat(fields(EventRules.problems(form))).containsExactlyInAnyOrder("titlePt=events.event.titlePt.tooLong",
				"theme=events.event.singleLine", "descriptionEs=events.event.description.tooLong",
				"capacity=events.event.capacity.outOfRange", "answerDeadline=events.event.answerDeadline.afterStart",
				"timeZone=events.event.timeZone.unknown");
		form = valid();
		form.setCapacity(EventRules.CAPACITY_MAX);
		form.setAnswerDeadline(form.getStartsAt().toLocalDate());
		assertThat(EventRules.problems(form)).isEmpty();
	}

	@Test
	void nulCharactersAreRemoved() {
		EventForm form = valid();
		form.setTitleEs("Taller\u0000 2017");
		EventRules.cleaned(form);
		assertThat(form.getTitleEs()).isEqualTo("Taller 2017");
	}

	static EventForm valid() {
		EventForm form = new EventForm();
		form.setKind(EventKind.WORKSHOP);
		form.setTitleEs("Taller de resiliencia urbana");
		form.setTitlePt("Oficina de resiliência urbana");
		form.setTimeZone("America/La_Paz");
		form.setStartsAt(LocalDateTime.of(2017, 11, 16, 9, 0));
		form.setEndsAt(LocalDateTime.of(2017, 11, 16, 18, 0));
		form.setFormat(EventFormat.IN_PERSON);
		form.setVenue("Salón de la Alcaldía");
		form.setCityId(1L);
		form.setAnswerDeadline(LocalDate.of(2017, 10, 31));
		return form;
	}

	private static List<String> fields(List<Map.Entry<String, String>> problems) {
		return problems.stream().map((problem) -> problem.getKey() + "=" + problem.getValue()).toList();
	}

}
