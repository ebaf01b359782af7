package org.integra.outreach;

/**
 * What kind of contact an interaction was.
 */
public enum InteractionKind {

	MEETING, CALL, EMAIL, LETTER, VISIT, EVENT

}
