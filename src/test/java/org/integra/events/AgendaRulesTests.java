package org.integra.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.integra.HostileInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaRulesTests {

	private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");

	private static final Instant EVENT_START = LocalDateTime.of(2017, 11, 16, 9, 0).atZone(LA_PAZ).toInstant();

	private static final Instant EVENT_END = LocalDateTime.of(2017, 11, 16, 18, 0).atZone(LA_PAZ).toInstant();

	@Test
	void sessionsInTheSameRoomMayNotOverlapButMayTouch() {
		AgendaRules.Slot opening = slot(1L, "Sala A", 9, 10);
		AgendaRules.Slot panel = slot(2L, "Sala A", 10, 12);
		assertThat(AgendaRules.overlapping(slot(null, "sala  a ", 9, 11), List.of(opening, panel))).contains(opening);
		assertThat(AgendaRules.overlapping(slot(null, "Sala A", 11, 13), List.of(opening, panel))).contains(panel);
		assertThat(AgendaRules.overlapping(slot(null, "Sala A", 12, 13), List.of(opening, panel))).isEmpty();
		assertThat(AgendaRules.overlapping(slot(null, "Sala B", 9, 11), List.of(opening, panel))).isEmpty();
		assertThat(AgendaRules.overlapping(slot(null, null, 9, 11), List.of(opening, panel))).isEmpty();
	}

	@Test
	void aSessionDoesNotOverlapItselfWhenEdited() {
		AgendaRules.Slot opening = slot(1L, "Sala A", 9, 10);
		assertThat(AgendaRules.overlapping(slot(1L, "Sala A", 9, 11), List.of(opening))).isEmpty();
		assertThat(AgendaRules.overlapping(slot(1L, "Sala A", 9, 11), List.of(opening, slot(2L, "sala a", 10, 11))))
			.contains(slot(2L, "sala a", 10, 11));
	}

	@Test
	void aSessionLiesWithinTheEventAndEndsAfterItStarts() {
		assertThat(problems(form(9, 10))).isEmpty();
		assertThat(problems(form(17, 18))).isEmpty();
		assertThat(problems(form(8, 10))).containsExactly(Map.entry("startsAt", "events.session.outsideEvent"));
		assertThat(problems(form(17, 19))).containsExactly(Map.entry("startsAt", "events.session.outsideEvent"));
		assertThat(problems(form(11, 10))).containsExactly(Map.entry("endsAt", "events.session.endsAt.beforeStart"));
		assertThat(problems(form(10, 10))).containsExactly(Map.entry("endsAt", "events.session.endsAt.beforeStart"));
	}

	@Test
	void titlesInSpanishAndPortugueseAreRequiredAndBlankTypedSpeakersAreDropped() {
		SessionForm form = form(9, 10);
		form.setTitleEs("  ");
		form.setTitlePt(null);
		form.setRoom(" ");
		form.setGuests(List.of(new SessionForm.Guest(" ", " "), new SessionForm.Guest(" Ana ", null)));
		assertThat(problems(form)).containsExactly(Map.entry("titleEs", "events.session.titleEs.required"),
				Map.entry("titlePt", "events.session.titlePt.required"));
		assertThat(form.getRoom()).isNull();
		assertThat(form.getGuests()).extracting(SessionForm.Guest::getName).containsExactly("Ana");
		assertThat(form.speakers()).containsExactly(SessionSpeaker.typed("Ana", null));
	}

	@Test
	void aTypedSpeakerNeedsANameAndTextsHaveLimits() {
		SessionForm form = form(9, 10);
		form.setGuests(List.of(new SessionForm.Guest(null, "Alcaldía")));
		assertThat(problems(form)).containsExactly(Map.entry("guests", "events.session.guest.nameRequired"));
		form = form(9, 10);
		form.setTitleEs(HostileInputs.LONG);
		form.setRoom("Sala\nB");
		assertThat(problems(form)).containsExactly(Map.entry("titleEs", "events.session.titleEs.tooLong"),
				Map.entry("room", "events.session.singleLine"));
	}

	@Test
	void speakersFromTheDirectoryComeFirstOnceEach() {
		SessionForm form = form(9, 10);
		form.setSpeakerIds(List.of(7L, 3L, 7L));
		form.setGuests(List.of(new SessionForm.Guest("Ana", "Alcaldía de El Alto")));
		assertThat(problems(form)).isEmpty();
		assertThat(form.speakers()).containsExactly(SessionSpeaker.person(7), SessionSpeaker.person(3),
				SessionSpeaker.typed("Ana", "Alcaldía de El Alto"));
	}

	@Test
	void roomsAreComparedIgnoringCaseAndSpaces() {
		assertThat(AgendaRules.roomKey("  Sala   Illimani ")).isEqualTo("sala illimani");
		assertThat(AgendaRules.roomKey(" ")).isNull();
		assertThat(AgendaRules.roomKey(null)).isNull();
	}

	private static List<Map.Entry<String, String>> problems(SessionForm form) {
		return AgendaRules.problems(AgendaRules.cleaned(form), EVENT_START, EVENT_END, LA_PAZ);
	}

	private static SessionForm form(int fromHour, int toHour) {
		SessionForm form = new SessionForm();
		form.setTitleEs("Apertura");
		form.setTitlePt("Abertura");
		form.setStartsAt(LocalDateTime.of(2017, 11, 16, fromHour, 0));
		form.setEndsAt(LocalDateTime.of(2017, 11, 16, toHour, 0));
		return form;
	}

	private static AgendaRules.Slot slot(Long id, String room, int fromHour, int toHour) {
		return new AgendaRules.Slot(id, AgendaRules.roomKey(room),
				LocalDateTime.of(2017, 11, 16, fromHour, 0).atZone(LA_PAZ).toInstant(),
				LocalDateTime.of(2017, 11, 16, toHour, 0).atZone(LA_PAZ).toInstant());
	}

}
