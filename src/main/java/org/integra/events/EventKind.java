package org.integra.events;

/**
 * What kind of event it is: the plan's workshop, a forum of municipal associations where
 * the network is promoted (specific objective 3), a meeting or a webinar.
 */
public enum EventKind {

	WORKSHOP, FORUM_PARTICIPATION, MEETING, WEBINAR

}
