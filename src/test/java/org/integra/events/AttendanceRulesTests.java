package org.integra.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.integra.events.FollowUpTemplate.AssigneeRule;
import org.integra.outreach.Stage;
import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceRulesTests {

	static final Instant END = Instant.parse("2017-11-16T22:00:00Z");

	@Test
	void noShowsCountOnceTheEventIsHeldOrOverButNotWhenCancelled() {
		assertThat(AttendanceRules.noShowsCounted(EventStatus.ANNOUNCED, END, END.minusSeconds(1))).isFalse();
		assertThat(AttendanceRules.noShowsCounted(EventStatus.ANNOUNCED, END, END)).isTrue();
		assertThat(AttendanceRules.noShowsCounted(EventStatus.HELD, END, END.minusSeconds(3600))).isTrue();
		assertThat(AttendanceRules.noShowsCounted(EventStatus.CANCELLED, END, END.plusSeconds(1))).isFalse();
		assertThat(AttendanceRules.isNoShow(InvitationStatus.ACCEPTED, false, true)).isTrue();
		assertThat(AttendanceRules.isNoShow(InvitationStatus.ACCEPTED, true, true)).isFalse();
		assertThat(AttendanceRules.isNoShow(InvitationStatus.DECLINED, false, true)).isFalse();
		assertThat(AttendanceRules.isNoShow(InvitationStatus.ACCEPTED, false, false)).isFalse();
	}

	@Test
	void anAcceptanceMovesOnlyAnInterestedCityAndACheckInOnlyAnInvitedOne() {
		assertThat(AttendanceRules.onAccepted(Stage.INTERESTED)).contains(Stage.INVITED);
		assertThat(AttendanceRules.onAccepted(Stage.ATTENDED)).isEmpty();
		assertThat(AttendanceRules.onAccepted(Stage.CONTACTED)).isEmpty();
		assertThat(AttendanceRules.onCheckedIn(Stage.INVITED)).contains(Stage.ATTENDED);
		assertThat(AttendanceRules.onCheckedIn(Stage.APPLYING)).isEmpty();
		assertThat(AttendanceRules.onCheckedIn(Stage.INTERESTED)).isEmpty();
	}

	@Test
	void aFollowUpIsDueDaysAfterTheEventAndGoesToTheMentorOrTheInviter() {
		assertThat(AttendanceRules.dueOn(LocalDate.of(2017, 11, 16), 7)).isEqualTo(LocalDate.of(2017, 11, 23));
		assertThat(AttendanceRules.assignee(AssigneeRule.MENTOR, Optional.of("mentor"), Optional.of("ana"), "lead"))
			.isEqualTo("mentor");
		assertThat(AttendanceRules.assignee(AssigneeRule.MENTOR, Optional.empty(), Optional.of("ana"), "lead"))
			.isEqualTo("ana");
		assertThat(AttendanceRules.assignee(AssigneeRule.COORDINATOR, Optional.of("mentor"), Optional.empty(), "lead"))
			.isEqualTo("lead");
	}

	@Test
	void searchIgnoresAccentsAndCaseAndNeedsEveryWord() {
		assertThat(AttendanceRules.matches("sao paulo", "Ana", null, "São Paulo")).isTrue();
		assertThat(AttendanceRules.matches("ANA paulo", "Ana", null, "São Paulo")).isTrue();
		assertThat(AttendanceRules.matches("ana quito", "Ana", null, "São Paulo")).isFalse();
		assertThat(AttendanceRules.matches(" ", "Ana", null, null)).isTrue();
	}

	@Test
	void aWalkInNeedsANameAndAValidAddressIfAny() {
		assertThat(AttendanceRules.problems(AttendanceRules.WalkIn.of(" ", null, null, "x", "es")))
			.extracting(java.util.Map.Entry::getKey)
			.containsExactly("name", "email");
		assertThat(AttendanceRules.problems(AttendanceRules.WalkIn.of("Lucía", "", "El Alto", "l@ea.bo", "pt")))
			.isEmpty();
		assertThat(AttendanceRules.WalkIn.of("Lucía", null, null, null, "en").language()).isEqualTo("es");
		assertThat(AttendanceRules.templateProblems("Gracias", 366, null)).extracting(java.util.Map.Entry::getKey)
			.containsExactly("daysAfter", "assigneeRule");
	}

	@Test
	void theSecretariatChecksPeopleInButMentorsAndViewersDoNot() {
		assertThat(EventPolicy.of(Actor.of("s", Roles.SECRETARIAT)).mayCheckIn()).isTrue();
		assertThat(EventPolicy.of(Actor.of("c", Roles.COORDINATOR)).mayCheckIn()).isTrue();
		assertThat(EventPolicy.of(Actor.of("m", Roles.MENTOR)).mayCheckIn()).isFalse();
		assertThat(EventPolicy.of(Actor.of("v", Roles.VIEWER)).mayCheckIn()).isFalse();
	}

}
