package org.integra.events;

/**
 * The part of the work plan an event serves: one of the five strategic actions, or
 * specific objective 3 (promoting the Presidency and the Secretariat in the forums of the
 * Andean countries' municipal associations).
 */
public enum PlanAction {

	ACTION_1, ACTION_2, ACTION_3, ACTION_4, ACTION_5, OBJECTIVE_3

}
