package org.integra.membership;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.integra.IntegraTest;
import org.integra.accounts.MutableClock;
import org.integra.cities.TestCities;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegraTest
class ApplicationsTests {

	static final Actor COORDINATOR = Actor.of("coordinacion", Roles.COORDINATOR);

	static final Actor SECRETARIAT = Actor.of("secretaria", Roles.SECRETARIAT);

	static final Actor VIEWER = Actor.of("consulta", Roles.VIEWER);

	@Autowired
	Applications applications;

	@Autowired
	TestCities cities;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCouncilCountrysApplicationWalksToMemberWithADatedAttributedHistory() {
		long city = this.cities.create(TestCities.unique("Ibagué"), "CO");
		this.clock.freeze();
		Instant opened = this.clock.instant();
		Application application = this.applications.open(city, COORDINATOR);
		long id = application.getId();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(this.applications.checklist(id, VIEWER)).containsExactly(Requirement.MAYOR_LETTER,
				Requirement.APPLICATION_FORM);

		assertThatThrownBy(() -> this.applications.submit(id, COORDINATOR))
			.isInstanceOf(ApplicationRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("membership.application.requirementsMissing");
		this.applications.noteDocument(id, DocumentKind.MAYOR_LETTER, COORDINATOR);
		this.applications.noteDocument(id, DocumentKind.APPLICATION_FORM, COORDINATOR);
		// noting it again changes nothing
		this.applications.noteDocument(id, DocumentKind.APPLICATION_FORM, COORDINATOR);
		assertThat(this.applications.checklist(id, VIEWER)).isEmpty();

		this.clock.advance(Duration.ofHours(1));
		Instant submitted = this.clock.instant();
		this.applications.submit(id, COORDINATOR);
		// Colombia's law requires the council's approval
		assertThat(this.applications.checklist(id, VIEWER)).containsExactly(Requirement.COUNCIL_APPROVAL);
		assertThatThrownBy(() -> this.applications.markDocumentsComplete(id, COORDINATOR)).isInstanceOfSatisfying(
				ApplicationRefusedException.class,
				(refused) -> assertThat(refused.getMissing()).containsExactly(Requirement.COUNCIL_APPROVAL));
		this.applications.noteDocument(id, DocumentKind.COUNCIL_APPROVAL, COORDINATOR);
		this.clock.advance(Duration.ofDays(3));
		Instant complete = this.clock.instant();
		this.applications.markDocumentsComplete(id, COORDINATOR);

		// the coordinator does not decide
		assertThatThrownBy(() -> this.applications.recommend(id, null, COORDINATOR))
			.isInstanceOf(AccessDeniedException.class);
		this.clock.advance(Duration.ofDays(30));
		Instant recommended = this.clock.instant();
		this.applications.recommend(id, "Consejo de octubre", SECRETARIAT);
		assertThat(this.applications.checklist(id, VIEWER)).containsExactly(Requirement.SUMMIT_DATE,
				Requirement.SUMMIT_PLACE);
		assertThatThrownBy(() -> this.applications.approve(id, null, "Canelones", SECRETARIAT))
			.isInstanceOf(ApplicationRefusedException.class);
		this.clock.advance(Duration.ofDays(30));
		Instant approved = this.clock.instant();
		LocalDate summit = LocalDate.of(2026, 12, 4);
		this.applications.approve(id, summit, " Canelones ", SECRETARIAT);
		this.clock.advance(Duration.ofMinutes(5));
		Instant member = this.clock.instant();
		Application done = this.applications.makeMember(id, SECRETARIAT);

		assertThat(done.getStatus()).isEqualTo(ApplicationStatus.MEMBER);
		assertThat(done.getSummitDate()).isEqualTo(summit);
		assertThat(done.getSummitPlace()).isEqualTo("Canelones");
		assertThat(done.getCreatedBy()).isEqualTo("coordinacion");
		assertThat(done.getUpdatedBy()).isEqualTo("secretaria");
		assertThat(done.getUpdatedAt()).isEqualTo(member);
		assertThat(this.applications.history(id, VIEWER))
			.extracting(ApplicationStep::getFrom, ApplicationStep::getTo, ApplicationStep::getBy,
					ApplicationStep::getAt, ApplicationStep::getNote)
			.containsExactly(tuple(null, ApplicationStatus.DRAFT, "coordinacion", opened, null),
					tuple(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, "coordinacion", submitted, null),
					tuple(ApplicationStatus.SUBMITTED, ApplicationStatus.DOCUMENTS_COMPLETE, "coordinacion", complete,
							null),
					tuple(ApplicationStatus.DOCUMENTS_COMPLETE, ApplicationStatus.RECOMMENDED, "secretaria",
							recommended, "Consejo de octubre"),
					tuple(ApplicationStatus.RECOMMENDED, ApplicationStatus.APPROVED, "secretaria", approved, null),
					tuple(ApplicationStatus.APPROVED, ApplicationStatus.MEMBER, "secretaria", member, null));
		assertThat(this.applications.documents(id, VIEWER))
			.extracting(ApplicationDocument::getKind, ApplicationDocument::getNotedBy)
			.containsExactly(tuple(DocumentKind.MAYOR_LETTER, "coordinacion"),
					tuple(DocumentKind.APPLICATION_FORM, "coordinacion"),
					tuple(DocumentKind.COUNCIL_APPROVAL, "coordinacion"));
		assertThat(this.applications.checklist(id, VIEWER)).isEmpty();

		// audited: the application's creation and each change of its status, each
		// document
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'MembershipApplication' "
					+ "and entity_id = ? and action = 'CREATE'")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1L);
		assertThat(this.jdbc
			.sql("select c.new_value from audit_entry e join audit_change c on c.entry_id = e.id "
					+ "where e.entity_type = 'MembershipApplication' and e.entity_id = ? and e.action = 'UPDATE' "
					+ "and c.field = 'status' order by e.id")
			.param(String.valueOf(id))
			.query(String.class)
			.list()).containsExactly("SUBMITTED", "DOCUMENTS_COMPLETE", "RECOMMENDED", "APPROVED", "MEMBER");
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'MembershipDocument' "
					+ "and action = 'CREATE' and entity_id in (select cast(id as varchar(20)) "
					+ "from membership_application_document where application_id = ?)")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3L);
	}

	@Test
	void aSecondOpenApplicationOfACityIsRefusedUntilTheFirstIsClosed() {
		long city = this.cities.create(TestCities.unique("Rosario"), "AR");
		long first = this.applications.open(city, COORDINATOR).getId();
		assertThatThrownBy(() -> this.applications.open(city, Actor.of("admin", Roles.ADMIN)))
			.isInstanceOf(ApplicationRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("membership.application.alreadyOpen");

		assertThatThrownBy(() -> this.applications.withdraw(first, " ", COORDINATOR))
			.isInstanceOf(ApplicationRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("membership.application.reasonRequired");
		Application withdrawn = this.applications.withdraw(first, "La intendencia cambió de prioridades", COORDINATOR);
		assertThat(withdrawn.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(withdrawn.getReason()).isEqualTo("La intendencia cambió de prioridades");
		assertThatThrownBy(() -> this.applications.noteDocument(first, DocumentKind.MAYOR_LETTER, COORDINATOR))
			.extracting("messageKey")
			.isEqualTo("membership.application.closed");
		assertThatThrownBy(() -> this.applications.submit(first, COORDINATOR)).extracting("messageKey")
			.isEqualTo("membership.application.moveRefused");

		long second = this.applications.open(city, COORDINATOR).getId();
		Application rejected = this.applications.reject(second, "No cumple los requisitos", SECRETARIAT);
		assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(this.applications.ofCity(city, VIEWER)).extracting(Application::getId)
			.containsExactly(second, first);
		assertThat(this.applications.history(second, VIEWER))
			.extracting(ApplicationStep::getTo, ApplicationStep::getBy, ApplicationStep::getNote)
			.containsExactly(tuple(ApplicationStatus.DRAFT, "coordinacion", null),
					tuple(ApplicationStatus.REJECTED, "secretaria", "No cumple los requisitos"));
	}

	@Test
	void outsideTheCouncilCountriesTheDocumentsAreCompleteWithoutTheCouncil() {
		long city = this.cities.create(TestCities.unique("Montevideo"), "UY");
		long id = this.applications.open(city, COORDINATOR).getId();
		this.applications.noteDocument(id, DocumentKind.MAYOR_LETTER, COORDINATOR);
		this.applications.noteDocument(id, DocumentKind.APPLICATION_FORM, COORDINATOR);
		this.applications.submit(id, COORDINATOR);
		assertThat(this.applications.checklist(id, VIEWER)).isEmpty();
		assertThat(this.applications.markDocumentsComplete(id, COORDINATOR).getStatus())
			.isEqualTo(ApplicationStatus.DOCUMENTS_COMPLETE);
	}

	@Test
	void aMemberCityUnknownIdsAndOtherRolesAreRefused() {
		long memberCity = this.cities.city(TestCities.unique("Asunción"), "PY").relation("MEMBER").create();
		assertThatThrownBy(() -> this.applications.open(memberCity, COORDINATOR)).extracting("messageKey")
			.isEqualTo("membership.application.alreadyMember");
		assertThatThrownBy(() -> this.applications.open(Long.MAX_VALUE, COORDINATOR))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.applications.get(Long.MAX_VALUE, VIEWER)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.applications.submit(Long.MAX_VALUE, COORDINATOR))
			.isInstanceOf(NotFoundException.class);

		long city = this.cities.create(TestCities.unique("Cusco"), "PE");
		assertThatThrownBy(() -> this.applications.open(city, SECRETARIAT)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.applications.open(city, VIEWER)).isInstanceOf(AccessDeniedException.class);
		long id = this.applications.open(city, COORDINATOR).getId();
		for (Actor nobody : List.of(VIEWER, Actor.of("mentor", Roles.MENTOR), Actor.ANONYMOUS)) {
			assertThatThrownBy(() -> this.applications.noteDocument(id, DocumentKind.MAYOR_LETTER, nobody))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.applications.reject(id, "no", nobody))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> this.applications.get(id, Actor.ANONYMOUS)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.applications.withdraw(id, "no", SECRETARIAT))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.applications.get(id, VIEWER).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
	}

	@Test
	void deletingTheCityDeletesItsApplications() {
		long city = this.cities.create(TestCities.unique("Quito"), "EC");
		long id = this.applications.open(city, COORDINATOR).getId();
		this.applications.noteDocument(id, DocumentKind.MAYOR_LETTER, COORDINATOR);
		this.cities.delete(city);
		assertThat(this.jdbc.sql("select count(*) from membership_application where city_id = ?")
			.param(city)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where entity_type = 'MembershipApplication' "
					+ "and entity_id = ? and action = 'DELETE'")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

}
