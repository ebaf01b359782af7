package org.integra.membership;

import org.integra.system.Actor;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipPolicyTests {

	static final String[] ALL_ROLES = { Roles.ADMIN, Roles.COORDINATOR, Roles.SECRETARIAT, Roles.MENTOR, Roles.VIEWER };

	@Test
	void coordinatorsAndAdminsPrepare() {
		for (String role : ALL_ROLES) {
			boolean prepares = role.equals(Roles.ADMIN) || role.equals(Roles.COORDINATOR);
			MembershipPolicy policy = MembershipPolicy.of(Actor.of("x", role));
			assertThat(policy.mayPrepare()).as(role).isEqualTo(prepares);
			for (ApplicationStatus to : new ApplicationStatus[] { ApplicationStatus.SUBMITTED,
					ApplicationStatus.DOCUMENTS_COMPLETE, ApplicationStatus.WITHDRAWN }) {
				assertThat(policy.mayMoveTo(to)).as(role + " " + to).isEqualTo(prepares);
			}
		}
	}

	@Test
	void theSecretariatAndAdminsDecide() {
		for (String role : ALL_ROLES) {
			boolean decides = role.equals(Roles.ADMIN) || role.equals(Roles.SECRETARIAT);
			MembershipPolicy policy = MembershipPolicy.of(Actor.of("x", role));
			assertThat(policy.mayDecide()).as(role).isEqualTo(decides);
			for (ApplicationStatus to : new ApplicationStatus[] { ApplicationStatus.RECOMMENDED,
					ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.MEMBER }) {
				assertThat(policy.mayMoveTo(to)).as(role + " " + to).isEqualTo(decides);
			}
		}
	}

	@Test
	void aCoordinatorDoesNotDecideNorTheSecretariatPrepare() {
		MembershipPolicy coordinator = MembershipPolicy.of(Actor.of("c", Roles.COORDINATOR));
		assertThat(coordinator.mayMoveTo(ApplicationStatus.APPROVED)).isFalse();
		assertThat(coordinator.mayMoveTo(ApplicationStatus.REJECTED)).isFalse();
		MembershipPolicy secretariat = MembershipPolicy.of(Actor.of("s", Roles.SECRETARIAT));
		assertThat(secretariat.mayPrepare()).isFalse();
		assertThat(secretariat.mayMoveTo(ApplicationStatus.SUBMITTED)).isFalse();
		assertThat(secretariat.mayMoveTo(ApplicationStatus.WITHDRAWN)).isFalse();
	}

	@Test
	void nobodyMovesAnApplicationBackToDraft() {
		for (String role : ALL_ROLES) {
			assertThat(MembershipPolicy.of(Actor.of("x", role)).mayMoveTo(ApplicationStatus.DRAFT)).as(role).isFalse();
		}
	}

	@Test
	void everySignedInRoleReadsAndNobodyElse() {
		for (String role : ALL_ROLES) {
			assertThat(MembershipPolicy.of(Actor.of("x", role)).mayRead()).as(role).isTrue();
		}
		MembershipPolicy anonymous = MembershipPolicy.of(Actor.ANONYMOUS);
		assertThat(anonymous.mayRead()).isFalse();
		assertThat(anonymous.mayPrepare()).isFalse();
		assertThat(anonymous.mayDecide()).isFalse();
	}

	@Test
	void theCouncilRuleIsPerCountryAndIgnoresCase() {
		MembershipProperties properties = new MembershipProperties(java.util.Set.of("co", " PE ", "EC", "PA"));
		assertThat(properties.councilApprovalCountries()).containsExactlyInAnyOrder("CO", "PE", "EC", "PA");
		assertThat(properties.requiresCouncilApproval("CO")).isTrue();
		assertThat(properties.requiresCouncilApproval("pe")).isTrue();
		assertThat(properties.requiresCouncilApproval("AR")).isFalse();
		assertThat(properties.requiresCouncilApproval(null)).isFalse();
	}

}
