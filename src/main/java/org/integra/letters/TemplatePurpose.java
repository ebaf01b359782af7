package org.integra.letters;

/**
 * What a template is for, after the work plan's actions.
 */
public enum TemplatePurpose {

	/** The first letter of interest to a candidate's mayor (plan actions 1 and 2). */
	FIRST_LETTER_TO_MAYOR,
	/** The note asking an embassy to relay the invitation (plan action 3). */
	EMBASSY_RELAY_REQUEST,
	/**
	 * The request to a member city to accompany a candidate as its mentor (plan action
	 * 4).
	 */
	MENTOR_REQUEST,
	/** Anything else. */
	OTHER

}
