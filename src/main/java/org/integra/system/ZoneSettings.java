package org.integra.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation's time zone ({@code integra.digest.zone}): users have no zone of their
 * own, so "today" for due dates, the daily digest's hour and the times pages show (the
 * audit trail, the feed and digest pages) are all in this one. The name is the digest's,
 * where the setting first appeared.
 *
 * @param zone the time zone of "today", of the digest hour and of the times shown
 * (INTEGRA_DIGEST_ZONE), e.g. {@code America/La_Paz}
 */
@ConfigurationProperties("integra.digest")
public record ZoneSettings(@DefaultValue("America/La_Paz") String zone) {

	public ZoneSettings {
		// a zone that does not exist stops the start, instead of the first page that
		// shows a time
		ZoneId.of(zone.strip());
	}

	/** The zone itself. */
	public ZoneId zoneId() {
		return ZoneId.of(this.zone.strip());
	}

}
