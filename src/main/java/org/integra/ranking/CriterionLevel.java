package org.integra.ranking;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A labelled level of an ordinal scale; a city's value is the level's ordinal.
 */
@Embeddable
public class CriterionLevel {

	@Column(nullable = false)
	private int ordinal;

	@Column(name = "label_es", nullable = false)
	private String labelEs;

	@Column(name = "label_pt", nullable = false)
	private String labelPt;

	@Column(name = "label_en", nullable = false)
	private String labelEn;

	protected CriterionLevel() {
	}

	public CriterionLevel(int ordinal, String labelEs, String labelPt, String labelEn) {
		this.ordinal = ordinal;
		this.labelEs = labelEs;
		this.labelPt = labelPt;
		this.labelEn = labelEn;
	}

	public String label(Locale locale) {
		return switch (locale == null ? "es" : locale.getLanguage()) {
			case "pt" -> this.labelPt;
			case "en" -> this.labelEn;
			default -> this.labelEs;
		};
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	public String getLabelEs() {
		return this.labelEs;
	}

	public String getLabelPt() {
		return this.labelPt;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

}
