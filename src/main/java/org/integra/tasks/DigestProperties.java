package org.integra.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digest's settings ({@code integra.digest.*}); the zone of its hour,
 * {@code integra.digest.zone}, is the organisation's,
 * {@link org.integra.system.ZoneSettings}.
 *
 * @param checkInterval how often the scheduler checks whether digests are due
 * @param scheduled whether the scheduler runs; off, digests are only sent on request
 */
@ConfigurationProperties("integra.digest")
public record DigestProperties(@DefaultValue("PT5M") java.time.Duration checkInterval,
		@DefaultValue("true") boolean scheduled) {
}
