package org.integra.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.integra.ranking.engine.Method;
import org.integra.system.SingleLine;

/**
 * What a coordinator types to create a scoring model or save a new version of one.
 * Weights are relative, per criterion id (form field {@code weights[<id>]}); they are
 * stored normalised to 100 %.
 */
public class ScoringModelForm {

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String name;

	@Size(max = 2000)
	private String description;

	@NotNull
	private Method method = Method.WEIGHTED_SUM;

	private boolean excludeMembers = true;

	@NotNull
	private CountryRule countryRule = CountryRule.STATUTE;

	private Map<Long, BigDecimal> weights = new LinkedHashMap<>();

	@Size(max = 2000)
	private String note;

	/** The model's optimistic-lock version the form was based on (ignored on create). */
	private long version;

	public static ScoringModelForm of(ScoringModel model, ScoringModelVersion current) {
		ScoringModelForm form = new ScoringModelForm();
		form.name = model.getName();
		form.description = model.getDescription();
		form.method = current.getMethod();
		form.excludeMembers = current.isExcludeMembers();
		form.countryRule = current.getCountryRule();
		form.weights = new LinkedHashMap<>(current.getWeights());
		form.version = model.getVersion();
		return form;
	}

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

	public Method getMethod() {
		return this.method;
	}

	public void setMethod(Method method) {
		this.method = method;
	}

	public boolean isExcludeMembers() {
		return this.excludeMembers;
	}

	public void setExcludeMembers(boolean excludeMembers) {
		this.excludeMembers = excludeMembers;
	}

	public CountryRule getCountryRule() {
		return this.countryRule;
	}

	public void setCountryRule(CountryRule countryRule) {
		this.countryRule = countryRule;
	}

	public Map<Long, BigDecimal> getWeights() {
		return this.weights;
	}

	public void setWeights(Map<Long, BigDecimal> weights) {
		this.weights = (weights == null) ? new LinkedHashMap<>() : weights;
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
