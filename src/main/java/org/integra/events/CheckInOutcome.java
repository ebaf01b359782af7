package org.integra.events;

import org.integra.outreach.Stage;

/**
 * What a check-in's follow-up did.
 *
 * @param movedTo the stage the city reached, if it moved
 * @param logged whether an interaction was logged on the city's timeline
 * @param tasks how many follow-up tasks were created
 */
public record CheckInOutcome(Stage movedTo, boolean logged, int tasks) {

	static final CheckInOutcome NONE = new CheckInOutcome(null, false, 0);

}
