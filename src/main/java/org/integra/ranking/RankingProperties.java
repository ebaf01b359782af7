package org.integra.ranking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ranking is computed and kept.
 *
 * @param samples weight samples drawn for the top-N probabilities (at least 10,000 are
 * drawn whatever is set)
 * @param weightSpread the ± percentage points sampled around each weight unless a person
 * chooses
 * @param top the size of the top unless a person chooses
 * @param cityCheckInterval how often the ranking checks whether cities changed outside
 * the ranking module (an import, an edit); 0 checks on every request
 */
@ConfigurationProperties("integra.ranking")
public record RankingProperties(@DefaultValue("10000") int samples, @DefaultValue("10") double weightSpread,
		@DefaultValue("10") int top, @DefaultValue("1s") Duration cityCheckInterval) {

}
