package org.integra.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;

/**
 * The workflow of an application, without Spring: which step may follow which, and what
 * each step needs (domain-facts §2.2). Forward it goes draft → submitted (the mayor's
 * letter and the application form on file) → documents complete (also the council's
 * approval, where the country's law requires it) → recommended → approved (the Summit's
 * date and place) → member; rejected or withdrawn, with a reason, from any step before
 * member. Member, rejected and withdrawn are final.
 */
public final class ApplicationRules {

	/** The longest reason or note kept with a step. */
	public static final int MAX_REASON = 1000;

	/** The longest Summit place. */
	public static final int MAX_PLACE = 200;

	private ApplicationRules() {
	}

	/**
	 * What the rules look at besides the status.
	 *
	 * @param onFile the documents on file
	 * @param councilApprovalRequired whether the city's country requires its council's
	 * approval
	 * @param summitDate the date of the Summit that approves it, if known
	 * @param summitPlace where that Summit takes place, if known
	 */
	public record Facts(Set<DocumentKind> onFile, boolean councilApprovalRequired, LocalDate summitDate,
			String summitPlace) {

		public Facts {
			onFile = onFile.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(onFile));
		}

		/** The same facts with the Summit's date and place. */
		public Facts withSummit(LocalDate date, String place) {
			return new Facts(this.onFile, this.councilApprovalRequired, date, place);
		}

	}

	/** The step forward from this status; none from a final one. */
	public static Optional<ApplicationStatus> forward(ApplicationStatus from) {
		return Optional.ofNullable(switch (from) {
			case DRAFT -> ApplicationStatus.SUBMITTED;
			case SUBMITTED -> ApplicationStatus.DOCUMENTS_COMPLETE;
			case DOCUMENTS_COMPLETE -> ApplicationStatus.RECOMMENDED;
			case RECOMMENDED -> ApplicationStatus.APPROVED;
			case APPROVED -> ApplicationStatus.MEMBER;
			case MEMBER, REJECTED, WITHDRAWN -> null;
		});
	}

	/** The statuses an application may move to from this one. */
	public static Set<ApplicationStatus> allowedFrom(ApplicationStatus from) {
		if (!from.open()) {
			return Set.of();
		}
		return EnumSet.of(forward(from).orElseThrow(), ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
	}

	/** Whether an application may move from one status to the other. */
	public static boolean allows(ApplicationStatus from, ApplicationStatus to) {
		return allowedFrom(from).contains(to);
	}

	/** Whether the step ends the application with a reason: rejected or withdrawn. */
	public static boolean needsReason(ApplicationStatus to) {
		return to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN;
	}

	/** What is still missing to reach that status, in the order a page lists it. */
	public static List<Requirement> missingFor(ApplicationStatus to, Facts facts) {
		List<Requirement> missing = new ArrayList<>();
		switch (to) {
			case SUBMITTED -> documents(facts, false, missing);
			case DOCUMENTS_COMPLETE -> documents(facts, facts.councilApprovalRequired(), missing);
			case APPROVED -> {
				if (facts.summitDate() == null) {
					missing.add(Requirement.SUMMIT_DATE);
				}
				if (facts.summitPlace() == null || facts.summitPlace().isBlank()) {
					missing.add(Requirement.SUMMIT_PLACE);
				}
			}
			default -> {
			}
		}
		return List.copyOf(missing);
	}

	private static void documents(Facts facts, boolean councilApproval, List<Requirement> missing) {
		for (DocumentKind kind : DocumentKind.values()) {
			boolean needed = kind != DocumentKind.COUNCIL_APPROVAL || councilApproval;
			if (needed && !facts.onFile().contains(kind)) {
				missing.add(Requirement.of(kind));
			}
		}
	}

	/**
	 * The checklist: what the application still needs for its next step forward; nothing
	 * when it is final.
	 */
	public static List<Requirement> checklist(ApplicationStatus current, Facts facts) {
		return forward(current).map((next) -> missingFor(next, facts)).orElse(List.of());
	}

	/**
	 * Checks a step.
	 * @param reason why it is rejected or withdrawn (required for those), or a note
	 * @throws ApplicationRefusedException when the step is not allowed from this status,
	 * something is missing, or a reason is required and not given
	 */
	public static void check(ApplicationStatus from, ApplicationStatus to, Facts facts, String reason) {
		if (!allows(from, to)) {
			throw new ApplicationRefusedException("membership.application.moveRefused");
		}
		if (reason != null && reason.strip().length() > MAX_REASON) {
			throw new ApplicationRefusedException(HttpStatus.BAD_REQUEST, List.of(),
					"membership.application.reasonTooLong", MAX_REASON);
		}
		if (needsReason(to) && (reason == null || reason.isBlank())) {
			throw new ApplicationRefusedException(HttpStatus.BAD_REQUEST, List.of(),
					"membership.application.reasonRequired");
		}
		if (facts.summitPlace() != null && facts.summitPlace().strip().length() > MAX_PLACE) {
			throw new ApplicationRefusedException(HttpStatus.BAD_REQUEST, List.of(),
					"membership.application.summitPlaceTooLong", MAX_PLACE);
		}
		List<Requirement> missing = missingFor(to, facts);
		if (!missing.isEmpty()) {
			throw new ApplicationRefusedException(HttpStatus.CONFLICT, missing,
					"membership.application.requirementsMissing");
		}
	}

}
