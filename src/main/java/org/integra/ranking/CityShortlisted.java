package org.integra.ranking;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A coordinator shortlisted a city from the ranking. Published inside the transaction
 * that records it, so that listeners (the outreach pipeline) change in the same
 * transaction.
 *
 * @param cityId the city
 * @param entryId the shortlist entry
 * @param modelVersionId the scoring model version the city was ranked with
 * @param rank its rank then
 * @param score its score then
 * @param reason why it was shortlisted
 * @param user who shortlisted it
 * @param at when
 */
@NamedInterface(name = "api", propagate = false)
public record CityShortlisted(long cityId, long entryId, long modelVersionId, int rank, BigDecimal score, String reason,
		String user, Instant at) {

}
