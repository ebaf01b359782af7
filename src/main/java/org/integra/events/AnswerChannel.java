package org.integra.events;

/** How an answer reached the team: through the personal link, or told to staff. */
public enum AnswerChannel {

	LINK, PHONE, EMAIL, IN_PERSON;

	/** Whether staff recorded it on the invitee's behalf. */
	public boolean byStaff() {
		return this != LINK;
	}

}
