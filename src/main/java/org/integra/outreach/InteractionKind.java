package org.integra.outreach;

import org.springframework.modulith.NamedInterface;

/**
 * What kind of contact an interaction was.
 */
@NamedInterface(name = "api", propagate = false)
public enum InteractionKind {

	MEETING, CALL, EMAIL, LETTER, VISIT, EVENT

}
