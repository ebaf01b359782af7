package org.integra.membership;

/**
 * The steps of a city's application to join the network (domain-facts §2.2): prepared as
 * a draft, submitted with the mayor's letter and the application form, its documents
 * complete, recommended by the Council, approved by the General Assembly at the Summit,
 * and finally a member; or rejected or withdrawn, with a reason, at any step before.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, DOCUMENTS_COMPLETE, RECOMMENDED, APPROVED, MEMBER, REJECTED, WITHDRAWN;

	/**
	 * Whether the application is still under way: not a member, rejected or withdrawn.
	 */
	public boolean open() {
		return this != MEMBER && this != REJECTED && this != WITHDRAWN;
	}

	/** The message key of its label. */
	public String labelKey() {
		return "membership.status." + name();
	}

}
