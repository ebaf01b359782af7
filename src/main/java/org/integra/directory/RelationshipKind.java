package org.integra.directory;

/**
 * How one organization relates to another. Read from the first organization: "A is a
 * member of B". A symmetric kind reads the same both ways.
 */
public enum RelationshipKind {

	MEMBER_OF(false), MENTOR_OF(false), REPRESENTS(false), COORDINATES(false), PARTNER_OF(true), PART_OF(false);

	private final boolean symmetric;

	RelationshipKind(boolean symmetric) {
		this.symmetric = symmetric;
	}

	public boolean isSymmetric() {
		return this.symmetric;
	}

}
