package org.integra.outreach;

/**
 * How interested in joining the network a candidate city showed itself.
 */
public enum InterestLevel {

	NONE, LOW, MEDIUM, HIGH

}
