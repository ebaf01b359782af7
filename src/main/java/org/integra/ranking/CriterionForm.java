package org.integra.ranking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.integra.ranking.engine.Direction;
import org.integra.system.LocalizedNameForm;
import org.integra.system.SingleLine;

/**
 * What a coordinator types to create or change a criterion. Levels are one per line:
 * {@code ordinal | label es | label pt | label en}.
 */
public class CriterionForm extends LocalizedNameForm.EnglishRequired {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9_]{1,40}")
	private String code;

	@NotNull
	private CriterionKind kind = CriterionKind.NUMBER;

	@NotNull
	private Direction direction = Direction.MORE_IS_BETTER;

	@Size(max = 40)
	@SingleLine
	private String unit;

	@NotNull
	private Derivation derivation = Derivation.NONE;

	@Size(max = 2000)
	private String derivationParameters;

	private boolean scoring = true;

	private boolean active = true;

	@Size(max = 4000)
	private String levels;

	private long version;

	public static CriterionForm of(Criterion criterion) {
		CriterionForm form = new CriterionForm();
		form.code = criterion.getCode();
		form.setNames(criterion.getNames());
		form.kind = criterion.getKind();
		form.direction = criterion.getDirection();
		form.unit = criterion.getUnit();
		form.derivation = criterion.getDerivation();
		form.derivationParameters = criterion.getDerivationParameters();
		form.scoring = criterion.isScoring();
		form.active = criterion.isActive();
		form.levels = CriterionRules.formatLevels(criterion.getLevels());
		form.version = criterion.getVersion();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public CriterionKind getKind() {
		return this.kind;
	}

	public void setKind(CriterionKind kind) {
		this.kind = kind;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Derivation getDerivation() {
		return this.derivation;
	}

	public void setDerivation(Derivation derivation) {
		this.derivation = derivation;
	}

	public String getDerivationParameters() {
		return this.derivationParameters;
	}

	public void setDerivationParameters(String derivationParameters) {
		this.derivationParameters = derivationParameters;
	}

	public boolean isScoring() {
		return this.scoring;
	}

	public void setScoring(boolean scoring) {
		this.scoring = scoring;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public String getLevels() {
		return this.levels;
	}

	public void setLevels(String levels) {
		this.levels = levels;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
