package org.integra.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digest's settings ({@code integra.digest.*}).
 *
 * @param zone the time zone of "today" for due dates and the digest's hour
 * (INTEGRA_DIGEST_ZONE), e.g. {@code America/La_Paz}
 * @param checkInterval how often the scheduler checks whether digests are due
 * @param scheduled whether the scheduler runs; off, digests are only sent on request
 */
@ConfigurationProperties("integra.digest")
public record DigestProperties(@DefaultValue("America/La_Paz") String zone,
		@DefaultValue("PT5M") java.time.Duration checkInterval, @DefaultValue("true") boolean scheduled) {
}
