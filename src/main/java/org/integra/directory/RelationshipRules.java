package org.integra.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.integra.system.TextInput;

/**
 * The rules of relationships between organizations, without Spring: no organization
 * relates to itself, the end is not before the start, and the same relationship is not
 * recorded twice for overlapping periods.
 */
public final class RelationshipRules {

	/** Longest note, in characters. */
	public static final int NOTE_MAX = 1000;

	/** Marks, in a page's kind choice, the kind read from the other organization. */
	public static final String INVERSE_SUFFIX = "-inverse";

	private RelationshipRules() {
	}

	/**
	 * One relationship as the rules see it; open dates are {@code null}.
	 */
	public record Link(long fromId, RelationshipKind kind, long toId, LocalDate startsOn, LocalDate endsOn) {

		public Link {
			Objects.requireNonNull(kind, "kind");
		}

		/** Whether this and the other say the same thing, ignoring dates. */
		public boolean sameAs(Link other) {
			if (this.kind != other.kind) {
				return false;
			}
			if (this.fromId == other.fromId && this.toId == other.toId) {
				return true;
			}
			return this.kind.isSymmetric() && this.fromId == other.toId && this.toId == other.fromId;
		}

		/** This link with the merged organization replaced by the kept one. */
		public Link repointed(long mergedId, long keptId) {
			return new Link((this.fromId == mergedId) ? keptId : this.fromId, this.kind,
					(this.toId == mergedId) ? keptId : this.toId, this.startsOn, this.endsOn);
		}

	}

	/**
	 * A page's kind choice: the kind, and whether the page's organization is its target.
	 */
	public record Choice(RelationshipKind kind, boolean inverse) {

		public String value() {
			return this.kind.name() + (this.inverse ? INVERSE_SUFFIX : "");
		}

		/** The message key of its wording as read from the page's organization. */
		public String wordingKey() {
			return "directory.relationship." + this.kind.name() + (this.inverse ? ".incoming" : ".outgoing");
		}

	}

	public static boolean isSelf(long fromId, long toId) {
		return fromId == toId;
	}

	/** Whether the end date comes before the start date (both given). */
	public static boolean endsBeforeStart(LocalDate startsOn, LocalDate endsOn) {
		return startsOn != null && endsOn != null && endsOn.isBefore(startsOn);
	}

	/** Whether two periods share at least a day; a missing date is open. */
	public static boolean overlaps(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
		boolean aStartsAfterBEnds = aStart != null && bEnd != null && aStart.isAfter(bEnd);
		boolean bStartsAfterAEnds = bStart != null && aEnd != null && bStart.isAfter(aEnd);
		return !aStartsAfterBEnds && !bStartsAfterAEnds;
	}

	/**
	 * Whether the candidate repeats one of the existing links for an overlapping period.
	 */
	public static boolean isDuplicate(Link candidate, List<Link> existing) {
		for (Link link : existing) {
			if (candidate.sameAs(link)
					&& overlaps(candidate.startsOn(), candidate.endsOn(), link.startsOn(), link.endsOn())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a relationship has ended by the given day: its end date is before it.
	 */
	public static boolean hasEnded(LocalDate endsOn, LocalDate today) {
		return endsOn != null && endsOn.isBefore(today);
	}

	/**
	 * The choices a page offers: each kind read from this organization, and for a kind
	 * that is not symmetric, also read from the other one.
	 */
	public static List<Choice> choices() {
		List<Choice> choices = new ArrayList<>();
		for (RelationshipKind kind : RelationshipKind.values()) {
			choices.add(new Choice(kind, false));
			if (!kind.isSymmetric()) {
				choices.add(new Choice(kind, true));
			}
		}
		return choices;
	}

	/** The choice a page sent, if it is one of {@link #choices()}. */
	public static Optional<Choice> parseChoice(String value) {
		if (value == null) {
			return Optional.empty();
		}
		return choices().stream().filter((choice) -> choice.value().equals(value)).findFirst();
	}

	/**
	 * The note as stored: without NUL characters and surrounding blanks; blank is none.
	 */
	public static String cleanNote(String note) {
		if (note == null) {
			return null;
		}
		String clean = TextInput.withoutNul(note).strip();
		return clean.isEmpty() ? null : clean;
	}

}
