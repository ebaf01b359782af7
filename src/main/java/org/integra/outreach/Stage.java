package org.integra.outreach;

import org.springframework.modulith.NamedInterface;

/**
 * Where a candidate city stands in the outreach pipeline, in pipeline order; the last two
 * are exits.
 */
@NamedInterface(name = "api", propagate = false)
public enum Stage {

	IDENTIFIED, SHORTLISTED, CONTACTED, INTERESTED, INVITED, ATTENDED, APPLYING, MEMBER, DECLINED, ON_HOLD;

	/** Whether the stage is an exit from the pipeline rather than a step on it. */
	public boolean isExit() {
		return this == DECLINED || this == ON_HOLD;
	}

}
