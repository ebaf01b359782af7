package org.integra.directory;

import java.time.LocalDate;

/**
 * A relationship as seen from one organization's page: read in the right direction.
 *
 * @param id the relationship
 * @param kind its kind
 * @param direction {@code OUTGOING} when the page's organization is the first one ("is a
 * member of"), {@code INCOMING} when it is the second ("has as member")
 * @param otherId the organization on the other side
 * @param otherName its name
 * @param startsOn start, if known
 * @param endsOn end, if known
 * @param ended whether it ended before today
 * @param note the note, if any
 */
public record RelationshipView(long id, RelationshipKind kind, Direction direction, long otherId, String otherName,
		LocalDate startsOn, LocalDate endsOn, boolean ended, String note) {

	public enum Direction {

		OUTGOING, INCOMING

	}

	/**
	 * The message key of the wording, e.g.
	 * {@code directory.relationship.MEMBER_OF.incoming}.
	 */
	public String wordingKey() {
		String side = (this.kind.isSymmetric() || this.direction == Direction.OUTGOING) ? "outgoing" : "incoming";
		return "directory.relationship." + this.kind.name() + "." + side;
	}

}
