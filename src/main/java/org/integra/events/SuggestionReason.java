package org.integra.events;

/** Why Integra suggests inviting a contact. */
public enum SuggestionReason {

	/** The city is a candidate at stage interested. */
	STAGE_INTERESTED,

	/** The city's last interaction showed medium interest. */
	INTEREST_MEDIUM,

	/** The city's last interaction showed high interest. */
	INTEREST_HIGH

}
