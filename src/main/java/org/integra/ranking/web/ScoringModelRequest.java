package org.integra.ranking.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.integra.system.SingleLine;

/**
 * The body of {@code POST} and {@code PUT /api/v1/scoring-models}: like the page's form,
 * but with the weights as a list of {@code {criterionId, code, weight}} (the id or the
 * code names the criterion) and the method and country rule as text, so that a wrong one
 * is reported on its field.
 */
public class ScoringModelRequest {

	/**
	 * A criterion's weight.
	 *
	 * @param criterionId the criterion (or give its code)
	 * @param code the criterion's code, read when there is no id
	 * @param weight the relative weight, stored as given and normalised only when
	 * computing
	 */
	public record Weight(Long criterionId, String code, BigDecimal weight) {
	}

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String name;

	@Size(max = 2000)
	private String description;

	@Size(max = 40)
	private String method;

	private Boolean excludeMembers;

	@Size(max = 40)
	private String countryRule;

	@Size(max = 1000)
	private List<Weight> weights = new ArrayList<>();

	@Size(max = 2000)
	private String note;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getMethod() {
		return this.method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public Boolean getExcludeMembers() {
		return this.excludeMembers;
	}

	public void setExcludeMembers(Boolean excludeMembers) {
		this.excludeMembers = excludeMembers;
	}

	public String getCountryRule() {
		return this.countryRule;
	}

	public void setCountryRule(String countryRule) {
		this.countryRule = countryRule;
	}

	public List<Weight> getWeights() {
		return this.weights;
	}

	public void setWeights(List<Weight> weights) {
		this.weights = (weights == null) ? new ArrayList<>() : weights;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
