package org.integra.ranking;

/**
 * What a criterion's value is: a number, yes (1) or no (0), or one of the levels of an
 * ordinal scale (stored as the level's ordinal).
 */
public enum CriterionKind {

	NUMBER, YES_NO, ORDINAL

}
