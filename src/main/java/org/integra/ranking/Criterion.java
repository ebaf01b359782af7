package org.integra.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.Audited;
import org.integra.ranking.engine.Direction;
import org.integra.system.LocalizedName;

/**
 * A criterion candidate cities are compared on. Non-scoring criteria (such as the
 * municipal budget) hold data other criteria are derived from.
 */
@Entity
@EntityListeners(RankingChanges.class)
@Table(name = "criterion")
@Audited(value = "Criterion", label = "code")
public class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Embedded
	@AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
	private LocalizedName names;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CriterionKind kind = CriterionKind.NUMBER;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction = Direction.MORE_IS_BETTER;

	private String unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Derivation derivation = Derivation.NONE;

	@Column(name = "derivation_parameters")
	private String derivationParameters;

	@Column(nullable = false)
	private boolean scoring = true;

	@Column(nullable = false)
	private boolean active = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "criterion_level", joinColumns = @JoinColumn(name = "criterion_id"))
	@OrderBy("ordinal")
	private List<CriterionLevel> levels = new ArrayList<>();

	@Version
	private long version;

	/** The name in that language, falling back to Spanish. */
	public String name(Locale locale) {
		return this.names.name(locale);
	}

	public boolean isDerived() {
		return this.derivation != Derivation.NONE;
	}

	public List<Integer> levelOrdinals() {
		return this.levels.stream().map(CriterionLevel::getOrdinal).toList();
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public LocalizedName getNames() {
		return this.names;
	}

	public void setNames(LocalizedName names) {
		this.names = names;
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

	public List<CriterionLevel> getLevels() {
		return this.levels;
	}

	public void setLevels(List<CriterionLevel> levels) {
		this.levels.clear();
		this.levels.addAll(levels);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
