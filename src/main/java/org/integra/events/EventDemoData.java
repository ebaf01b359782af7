package org.integra.events;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.integra.cities.CitySummary;
import org.integra.directory.OrganizationSummary;
import org.integra.system.Actor;
import org.integra.system.DemoSeeds;
import org.integra.system.Roles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The plan's action 5 as a draft event: the workshop on urban resilience for the cities
 * that have shown interest, organised by the Vice Presidency for Border Integration. The
 * plan gives neither its date nor its venue, only its place in the schedule (the last
 * quarter of 2017), so the date is marked tentative and the texts say so.
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(40)
class EventDemoData implements ApplicationRunner {

	static final String SEED = "events-workshop-2017";

	static final String ORGANIZER = "Vicepresidencia de Integración Fronteriza 2016-2017";

	private final DemoSeeds seeds;

	private final Events events;

	EventDemoData(DemoSeeds seeds, Events events) {
		this.seeds = seeds;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce(SEED, () -> this.events.create(workshop(), Actor.of("system", Roles.ADMIN)));
	}

	private EventForm workshop() {
		EventForm form = new EventForm();
		form.setKind(EventKind.WORKSHOP);
		form.setTitleEs("Taller de intercambio de experiencias y posicionamiento de Mercociudades");
		form.setTitlePt("Oficina de intercâmbio de experiências e posicionamento de Mercocidades");
		form.setTitleEn("Workshop on sharing experience and positioning Mercociudades");
		form.setDescriptionEs("""
				El objetivo del taller es cerrar un proceso de lobby previo, solo con aquellas ciudades que hayan \
				demostrado un cierto interés de ser miembros. Su tema central es la Resiliencia Urbana, concordante \
				con el Eje 1 de la Presidencia de Santa Fe. Se establecerá un espacio en donde se puedan visibilizar \
				las áreas desarrolladas por las distintas Unidades Temáticas (Plan de Trabajo 2017, acción 5).

				El plan no fija la fecha ni la sede: la fecha es tentativa, en el cuarto trimestre de 2017.""");
		form.setDescriptionPt("""
				O objetivo da oficina é encerrar um processo prévio de aproximação, somente com as cidades que \
				demonstraram certo interesse em ser membros. Seu tema central é a Resiliência Urbana, em \
				consonância com o Eixo 1 da Presidência de Santa Fe. Haverá um espaço para mostrar as áreas \
				desenvolvidas pelas Unidades Temáticas (Plano de Trabalho 2017, ação 5; tradução).

				O plano não fixa a data nem a sede: a data é provisória, no quarto trimestre de 2017.""");
		form.setTheme("Resiliencia Urbana");
		form.setTimeZone("America/La_Paz");
		form.setStartsAt(LocalDateTime.of(2017, 11, 16, 9, 0));
		form.setEndsAt(LocalDateTime.of(2017, 11, 16, 18, 0));
		form.setDateTentative(true);
		form.setAnswerDeadline(LocalDate.of(2017, 10, 31));
		form.setPlanAction(PlanAction.ACTION_5);
		CitySummary laPaz = this.events.venueCities()
			.stream()
			.filter((city) -> city.name().equals("La Paz") && city.countryCode().equals("BO"))
			.findFirst()
			.orElse(null);
		if (laPaz != null) {
			form.setFormat(EventFormat.IN_PERSON);
			form.setCityId(laPaz.id());
			form.setVenue("Por confirmar");
		}
		else {
			form.setFormat(EventFormat.ONLINE);
			form.setOnlineLink("https://mercociudades.org");
		}
		this.events.organizers()
			.stream()
			.filter((organization) -> organization.name().equals(ORGANIZER))
			.map(OrganizationSummary::id)
			.findFirst()
			.ifPresent(form::setOrganizerId);
		return form;
	}

}
