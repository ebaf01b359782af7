package org.integra.outreach;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * The route through which the network reaches a candidate city (plan actions 2–4).
 */
@NamedInterface(name = "api", propagate = false)
public enum Channel {

	/** A partner network such as UCCI, FLACMA or AL-LAs, under the CORDIAL agreement. */
	PARTNER_NETWORK,

	/** The candidate country's embassy in La Paz. */
	EMBASSY_IN_LA_PAZ,

	/** Bolivia's embassy in the candidate country. */
	BOLIVIAN_EMBASSY,

	/** Direct contact from La Paz, the vice presidency's seat. */
	DIRECT_FROM_LA_PAZ,

	/** A member city acting as the candidate's mentor. */
	MENTOR_CITY,

	/** The network's Presidency or its Permanent Technical Secretariat. */
	PRESIDENCY_SECRETARIAT,

	/** The public portal. */
	PORTAL,

	/**
	 * An event of the network: the workshop, a forum or a meeting where the city took
	 * part.
	 */
	EVENT;

	/** The three routes of the plan's tripartite embassy approach (action 3). */
	public static final Set<Channel> TRIPARTITE = EnumSet.of(EMBASSY_IN_LA_PAZ, BOLIVIAN_EMBASSY, DIRECT_FROM_LA_PAZ);

	public boolean isTripartite() {
		return TRIPARTITE.contains(this);
	}

}
