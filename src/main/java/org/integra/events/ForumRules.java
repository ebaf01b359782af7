package org.integra.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.integra.directory.OrganizationKind;
import org.integra.system.TextInput;

/**
 * What a forum participation must hold, in plain Java: each problem names the field and
 * the message key of its explanation ({@code events.forum.<field>.<problem>}).
 */
public final class ForumRules {

	public static final int OUTCOME_MAX = 4000;

	public static final int REPRESENTATIVES_MAX = 20;

	public static final int CONTACTS_MAX = 200;

	private ForumRules() {
	}

	/**
	 * What a coordinator records of a forum.
	 *
	 * @param associationId the association holding the forum
	 * @param bodyId the network body represented (Presidency, Secretariat...), if any
	 * @param outcome what came of it, if known yet
	 * @param representativeIds the people who represented the network
	 * @param contactIds the people met there
	 */
	public record Draft(Long associationId, Long bodyId, String outcome, List<Long> representativeIds,
			List<Long> contactIds) {

		public Draft {
			representativeIds = (representativeIds == null) ? List.of()
					: representativeIds.stream().filter(Objects::nonNull).toList();
			contactIds = (contactIds == null) ? List.of() : contactIds.stream().filter(Objects::nonNull).toList();
		}

	}

	/** The event's facts the rules decide on. */
	public record Facts(EventStatus status, Instant startsAt, Instant now) {
	}

	/** Only a forum participation has a forum section. */
	public static boolean appliesTo(EventKind kind) {
		return kind == EventKind.FORUM_PARTICIPATION;
	}

	/** A cancelled forum is not recorded any more. */
	public static boolean mayRecord(EventStatus status) {
		return status != EventStatus.CANCELLED;
	}

	/** An outcome is known once the forum is held, or once it has started. */
	public static boolean mayHaveOutcome(Facts event) {
		return event.status() == EventStatus.HELD
				|| (event.status() != EventStatus.CANCELLED && !event.now().isBefore(event.startsAt()));
	}

	/**
	 * The draft with its outcome stripped (blank as none) and its people without repeats.
	 */
	public static Draft cleaned(Draft draft) {
		String outcome = TextInput.withoutNul(draft.outcome());
		outcome = (outcome == null || outcome.isBlank()) ? null : outcome.strip();
		return new Draft(draft.associationId(), draft.bodyId(), outcome, distinct(draft.representativeIds()),
				distinct(draft.contactIds()));
	}

	/**
	 * Every problem of the (cleaned) draft, as field and message key; empty when none.
	 * @param associationKind the kind of the chosen association, {@code null} when none
	 * @param bodyKind the kind of the chosen body, {@code null} when none
	 */
	public static List<Map.Entry<String, String>> problems(Draft draft, Facts event, OrganizationKind associationKind,
			OrganizationKind bodyKind) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		if (draft.associationId() == null) {
			problems.add(Map.entry("associationId", "events.forum.associationId.required"));
		}
		else if (associationKind != OrganizationKind.ASSOCIATION) {
			problems.add(Map.entry("associationId", "events.forum.associationId.notAssociation"));
		}
		if (draft.bodyId() != null && bodyKind != OrganizationKind.NETWORK_BODY) {
			problems.add(Map.entry("bodyId", "events.forum.bodyId.notNetworkBody"));
		}
		if (draft.outcome() != null) {
			if (draft.outcome().length() > OUTCOME_MAX) {
				problems.add(Map.entry("outcome", "events.forum.outcome.tooLong"));
			}
			else if (!mayHaveOutcome(event)) {
				problems.add(Map.entry("outcome", "events.forum.outcome.tooEarly"));
			}
		}
		if (draft.representativeIds().size() > REPRESENTATIVES_MAX) {
			problems.add(Map.entry("representativeIds", "events.forum.representativeIds.tooMany"));
		}
		if (draft.contactIds().size() > CONTACTS_MAX) {
			problems.add(Map.entry("contactIds", "events.forum.contactIds.tooMany"));
		}
		return problems;
	}

	private static List<Long> distinct(List<Long> ids) {
		return List.copyOf(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
	}

}
