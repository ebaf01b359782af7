package org.integra.membership;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.integra.membership.ApplicationRules.Facts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integra.membership.ApplicationStatus.APPROVED;
import static org.integra.membership.ApplicationStatus.DOCUMENTS_COMPLETE;
import static org.integra.membership.ApplicationStatus.DRAFT;
import static org.integra.membership.ApplicationStatus.MEMBER;
import static org.integra.membership.ApplicationStatus.RECOMMENDED;
import static org.integra.membership.ApplicationStatus.REJECTED;
import static org.integra.membership.ApplicationStatus.SUBMITTED;
import static org.integra.membership.ApplicationStatus.WITHDRAWN;

class ApplicationRulesTests {

	static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(DRAFT,
			Set.of(SUBMITTED, REJECTED, WITHDRAWN), SUBMITTED, Set.of(DOCUMENTS_COMPLETE, REJECTED, WITHDRAWN),
			DOCUMENTS_COMPLETE, Set.of(RECOMMENDED, REJECTED, WITHDRAWN), RECOMMENDED,
			Set.of(APPROVED, REJECTED, WITHDRAWN), APPROVED, Set.of(MEMBER, REJECTED, WITHDRAWN), MEMBER, Set.of(),
			REJECTED, Set.of(), WITHDRAWN, Set.of());

	static final LocalDate SUMMIT = LocalDate.of(2026, 12, 4);

	/** Everything any step needs, the council's approval required. */
	static final Facts ALL = new Facts(EnumSet.allOf(DocumentKind.class), true, SUMMIT, "Canelones");

	static final Facts NOTHING = new Facts(Set.of(), false, null, null);

	@Test
	void everyAllowedStepIsAllowedAndEveryOtherRefused() {
		for (ApplicationStatus from : ApplicationStatus.values()) {
			for (ApplicationStatus to : ApplicationStatus.values()) {
				boolean expected = ALLOWED.get(from).contains(to);
				assertThat(ApplicationRules.allows(from, to)).as(from + " -> " + to).isEqualTo(expected);
				if (expected) {
					assertThatNoException().as(from + " -> " + to)
						.isThrownBy(() -> ApplicationRules.check(from, to, ALL, "a reason"));
				}
				else {
					assertThatThrownBy(() -> ApplicationRules.check(from, to, ALL, "a reason")).as(from + " -> " + to)
						.isInstanceOf(ApplicationRefusedException.class)
						.extracting("messageKey")
						.isEqualTo("membership.application.moveRefused");
				}
			}
			assertThat(ApplicationRules.allowedFrom(from)).isEqualTo(ALLOWED.get(from));
		}
	}

	@Test
	void theWayForwardGoesStepByStepToMember() {
		assertThat(ApplicationRules.forward(DRAFT)).contains(SUBMITTED);
		assertThat(ApplicationRules.forward(SUBMITTED)).contains(DOCUMENTS_COMPLETE);
		assertThat(ApplicationRules.forward(DOCUMENTS_COMPLETE)).contains(RECOMMENDED);
		assertThat(ApplicationRules.forward(RECOMMENDED)).contains(APPROVED);
		assertThat(ApplicationRules.forward(APPROVED)).contains(MEMBER);
		assertThat(ApplicationRules.forward(MEMBER)).isEmpty();
		assertThat(ApplicationRules.forward(REJECTED)).isEmpty();
		assertThat(ApplicationRules.forward(WITHDRAWN)).isEmpty();
	}

	@Test
	void rejectingOrWithdrawingNeedsAReason() {
		for (ApplicationStatus to : new ApplicationStatus[] { REJECTED, WITHDRAWN }) {
			for (String reason : new String[] { null, "", "   " }) {
				assertThatThrownBy(() -> ApplicationRules.check(SUBMITTED, to, ALL, reason))
					.isInstanceOf(ApplicationRefusedException.class)
					.extracting("messageKey")
					.isEqualTo("membership.application.reasonRequired");
			}
			assertThatThrownBy(() -> ApplicationRules.check(SUBMITTED, to, ALL, "x".repeat(1001)))
				.extracting("messageKey")
				.isEqualTo("membership.application.reasonTooLong");
			assertThatNoException().isThrownBy(() -> ApplicationRules.check(DRAFT, to, NOTHING, "x".repeat(1000)));
		}
		// the steps forward take no reason
		assertThatNoException()
			.isThrownBy(() -> ApplicationRules.check(DOCUMENTS_COMPLETE, RECOMMENDED, NOTHING, null));
	}

	@Test
	void submittingNeedsTheMayorsLetterAndTheForm() {
		assertMissing(DRAFT, SUBMITTED, NOTHING, Requirement.MAYOR_LETTER, Requirement.APPLICATION_FORM);
		assertMissing(DRAFT, SUBMITTED, onFile(false, DocumentKind.MAYOR_LETTER), Requirement.APPLICATION_FORM);
		assertMissing(DRAFT, SUBMITTED, onFile(false, DocumentKind.APPLICATION_FORM), Requirement.MAYOR_LETTER);
		// the council's approval is not needed to submit, even where the law requires it
		assertThatNoException().isThrownBy(() -> ApplicationRules.check(DRAFT, SUBMITTED,
				onFile(true, DocumentKind.MAYOR_LETTER, DocumentKind.APPLICATION_FORM), null));
	}

	@Test
	void documentsAreCompleteWithTheCouncilsApprovalOnlyWhereTheCountryRequiresIt() {
		Facts letterAndForm = onFile(false, DocumentKind.MAYOR_LETTER, DocumentKind.APPLICATION_FORM);
		assertThatNoException()
			.isThrownBy(() -> ApplicationRules.check(SUBMITTED, DOCUMENTS_COMPLETE, letterAndForm, null));
		Facts councilRequired = onFile(true, DocumentKind.MAYOR_LETTER, DocumentKind.APPLICATION_FORM);
		assertMissing(SUBMITTED, DOCUMENTS_COMPLETE, councilRequired, Requirement.COUNCIL_APPROVAL);
		assertThatNoException().isThrownBy(() -> ApplicationRules.check(SUBMITTED, DOCUMENTS_COMPLETE,
				onFile(true, DocumentKind.MAYOR_LETTER, DocumentKind.APPLICATION_FORM, DocumentKind.COUNCIL_APPROVAL),
				null));
		// a document removed after submitting is missing again
		assertMissing(SUBMITTED, DOCUMENTS_COMPLETE, onFile(true, DocumentKind.MAYOR_LETTER),
				Requirement.APPLICATION_FORM, Requirement.COUNCIL_APPROVAL);
	}

	@Test
	void approvingNeedsTheSummitsDateAndPlace() {
		assertMissing(RECOMMENDED, APPROVED, NOTHING, Requirement.SUMMIT_DATE, Requirement.SUMMIT_PLACE);
		assertMissing(RECOMMENDED, APPROVED, NOTHING.withSummit(SUMMIT, " "), Requirement.SUMMIT_PLACE);
		assertMissing(RECOMMENDED, APPROVED, NOTHING.withSummit(null, "Canelones"), Requirement.SUMMIT_DATE);
		assertThatNoException().isThrownBy(
				() -> ApplicationRules.check(RECOMMENDED, APPROVED, NOTHING.withSummit(SUMMIT, "Canelones"), null));
		assertThatThrownBy(
				() -> ApplicationRules.check(RECOMMENDED, APPROVED, NOTHING.withSummit(SUMMIT, "x".repeat(201)), null))
			.extracting("messageKey")
			.isEqualTo("membership.application.summitPlaceTooLong");
	}

	@Test
	void recommendingAndMakingAMemberNeedNothingMore() {
		assertThatNoException()
			.isThrownBy(() -> ApplicationRules.check(DOCUMENTS_COMPLETE, RECOMMENDED, NOTHING, null));
		assertThatNoException().isThrownBy(() -> ApplicationRules.check(APPROVED, MEMBER, NOTHING, null));
	}

	@Test
	void theChecklistSaysWhatTheNextStepStillNeedsWithoutTheCouncilRule() {
		assertThat(ApplicationRules.checklist(DRAFT, NOTHING)).containsExactly(Requirement.MAYOR_LETTER,
				Requirement.APPLICATION_FORM);
		Facts letterAndForm = onFile(false, DocumentKind.MAYOR_LETTER, DocumentKind.APPLICATION_FORM);
		assertThat(ApplicationRules.checklist(DRAFT, letterAndForm)).isEmpty();
		assertThat(ApplicationRules.checklist(SUBMITTED, letterAndForm)).isEmpty();
		assertThat(ApplicationRules.checklist(DOCUMENTS_COMPLETE, letterAndForm)).isEmpty();
		assertThat(ApplicationRules.checklist(RECOMMENDED, letterAndForm)).containsExactly(Requirement.SUMMIT_DATE,
				Requirement.SUMMIT_PLACE);
		assertThat(ApplicationRules.checklist(RECOMMENDED, letterAndForm.withSummit(SUMMIT, "Canelones"))).isEmpty();
		assertThat(ApplicationRules.checklist(APPROVED, NOTHING)).isEmpty();
		for (ApplicationStatus last : new ApplicationStatus[] { MEMBER, REJECTED, WITHDRAWN }) {
			assertThat(ApplicationRules.checklist(last, NOTHING)).isEmpty();
		}
	}

	@Test
	void theChecklistWithTheCouncilRuleAsksForTheCouncilsApprovalOnceSubmitted() {
		Facts nothing = onFile(true);
		assertThat(ApplicationRules.checklist(DRAFT, nothing)).containsExactly(Requirement.MAYOR_LETTER,
				Requirement.APPLICATION_FORM);
		Facts letterAndForm = onFile(true, DocumentKind.MAYOR_LETTER, DocumentKind.APPLICATION_FORM);
		assertThat(ApplicationRules.checklist(DRAFT, letterAndForm)).isEmpty();
		assertThat(ApplicationRules.checklist(SUBMITTED, letterAndForm)).containsExactly(Requirement.COUNCIL_APPROVAL);
		assertThat(ApplicationRules.checklist(SUBMITTED, nothing)).containsExactly(Requirement.MAYOR_LETTER,
				Requirement.APPLICATION_FORM, Requirement.COUNCIL_APPROVAL);
		assertThat(ApplicationRules.checklist(SUBMITTED, onFile(true, DocumentKind.values()))).isEmpty();
	}

	@Test
	void theRefusalListsWhatIsMissing() {
		assertThatThrownBy(() -> ApplicationRules.check(DRAFT, SUBMITTED, NOTHING, null))
			.isInstanceOfSatisfying(ApplicationRefusedException.class, (refused) -> {
				assertThat(refused.getMessageKey()).isEqualTo("membership.application.requirementsMissing");
				assertThat(refused.getMissing()).containsExactly(Requirement.MAYOR_LETTER,
						Requirement.APPLICATION_FORM);
				assertThat(refused.getHttpStatus().value()).isEqualTo(409);
			});
	}

	@Test
	void labelsAndRequirementsAreMessageKeys() {
		assertThat(SUBMITTED.labelKey()).isEqualTo("membership.status.SUBMITTED");
		assertThat(DocumentKind.COUNCIL_APPROVAL.labelKey()).isEqualTo("membership.document.COUNCIL_APPROVAL");
		assertThat(Requirement.SUMMIT_DATE.messageKey()).isEqualTo("membership.requirement.SUMMIT_DATE");
		assertThat(Requirement.of(DocumentKind.MAYOR_LETTER)).isEqualTo(Requirement.MAYOR_LETTER);
	}

	private static Facts onFile(boolean councilRequired, DocumentKind... kinds) {
		return new Facts(Set.of(kinds), councilRequired, null, null);
	}

	private static void assertMissing(ApplicationStatus from, ApplicationStatus to, Facts facts,
			Requirement... missing) {
		assertThat(ApplicationRules.missingFor(to, facts)).containsExactly(missing);
		assertThatThrownBy(() -> ApplicationRules.check(from, to, facts, null))
			.isInstanceOfSatisfying(ApplicationRefusedException.class, (refused) -> {
				assertThat(refused.getMessageKey()).isEqualTo("membership.application.requirementsMissing");
				assertThat(refused.getMissing()).containsExactly(missing);
			});
	}

}
