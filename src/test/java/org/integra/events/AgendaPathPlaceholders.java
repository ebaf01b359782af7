package org.integra.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.integra.cities.TestCities;
import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agenda's placeholders: an announced event of its own (not the demo workshop, whose
 * showcase stays empty) with one session and one showcase entry, created once.
 */
public class AgendaPathPlaceholders implements PathPlaceholders {

	static final String FIXTURE_SESSION = "Sesión de prueba de las páginas";

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "agendaEventId" -> Optional.of(session(context))
				.flatMap((id) -> PathPlaceholders.firstValue(context, "select event_id from event_session where id = ?",
						Long.parseLong(id)));
			case "agendaSessionId" -> Optional.of(session(context));
			case "showcaseEntryId" -> Optional.of(session(context))
				.flatMap((id) -> PathPlaceholders.firstValue(context,
						"select min(e.id) from event_showcase_entry e join event_session s on s.event_id = e.event_id "
								+ "where s.id = ?",
						Long.parseLong(id)));
			default -> Optional.empty();
		};
	}

	private static synchronized String session(ApplicationContext context) {
		Optional<String> existing = PathPlaceholders.firstValue(context,
				"select min(id) from event_session where title_es = ?", FIXTURE_SESSION);
		if (existing.isPresent()) {
			return existing.get();
		}
		Events events = context.getBean(Events.class);
		long event = new EventFixtures(events, context.getBean(TestCities.class), context.getBean(JdbcClient.class))
			.announcedEvent(null);
		SessionForm session = new SessionForm();
		session.setTitleEs(FIXTURE_SESSION);
		session.setTitlePt("Sessão de teste das páginas");
		LocalDate day = events.get(event).localStart().toLocalDate();
		session.setStartsAt(LocalDateTime.of(day, LocalTime.of(9, 0)));
		session.setEndsAt(LocalDateTime.of(day, LocalTime.of(10, 0)));
		session.setRoom("Sala A");
		session.setGuests(java.util.List.of(new SessionForm.Guest("Ana Souza", "Prefeitura de Niterói")));
		long id = context.getBean(Agendas.class).create(event, session, EventFixtures.COORDINATOR).getId();
		ShowcaseForm entry = new ShowcaseForm();
		entry.setThematicUnitId(
				PathPlaceholders.firstValue(context, "select min(id) from thematic_unit where code = 'UTC'")
					.map(Long::valueOf)
					.orElseThrow());
		entry.setOfferEs("Redes de gestores culturales");
		entry.setOfferPt("Redes de gestores culturais");
		context.getBean(Showcases.class).create(event, entry, EventFixtures.COORDINATOR);
		return Long.toString(id);
	}

}
