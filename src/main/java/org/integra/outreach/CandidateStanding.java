package org.integra.outreach;

import org.springframework.modulith.NamedInterface;

/**
 * Where a candidate stands, for other modules.
 *
 * @param cityId the candidate city
 * @param stage its stage in the pipeline
 * @param latestInterest the interest its latest interaction showed
 */
@NamedInterface(name = "api", propagate = false)
public record CandidateStanding(long cityId, Stage stage, InterestLevel latestInterest) {
}
