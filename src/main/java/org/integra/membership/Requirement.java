package org.integra.membership;

/**
 * Something an application still needs before its next step: a document on file or the
 * Summit's date and place. Pages show it through {@link #messageKey()}.
 */
public enum Requirement {

	MAYOR_LETTER, APPLICATION_FORM, COUNCIL_APPROVAL, SUMMIT_DATE, SUMMIT_PLACE;

	/** The message key of what is missing. */
	public String messageKey() {
		return "membership.requirement." + name();
	}

	/** The requirement of having that document on file. */
	static Requirement of(DocumentKind kind) {
		return valueOf(kind.name());
	}

}
