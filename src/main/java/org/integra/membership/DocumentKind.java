package org.integra.membership;

/** The documents an application needs on file (domain-facts §2.2). */
public enum DocumentKind {

	/** The mayor's signed letter to the network's President. */
	MAYOR_LETTER,

	/** The network's application form ("ficha de solicitud de ingreso"), filled in. */
	APPLICATION_FORM,

	/**
	 * The city council's approval of joining, needed only where the country's law
	 * requires it ({@link MembershipProperties#councilApprovalCountries()}).
	 */
	COUNCIL_APPROVAL;

	/** The message key of its label. */
	public String labelKey() {
		return "membership.document." + name();
	}

}
