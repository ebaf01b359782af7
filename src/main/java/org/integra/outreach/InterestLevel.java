package org.integra.outreach;

import org.springframework.modulith.NamedInterface;

/**
 * How interested in joining the network a candidate city showed itself.
 */
@NamedInterface(name = "api", propagate = false)
public enum InterestLevel {

	NONE, LOW, MEDIUM, HIGH

}
