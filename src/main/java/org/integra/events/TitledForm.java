package org.integra.events;

import org.integra.system.LocalizedName;

/**
 * The title a form of the events asks for in Spanish, Portuguese and (optionally)
 * English, kept flat ({@code titleEs}, not {@code title.es}) so that request parameters,
 * JSON bodies and field ids keep their names. The rules checking them are the form's own
 * ({@link EventRules}, {@link AgendaRules}).
 */
public abstract class TitledForm {

	private String titleEs;

	private String titlePt;

	private String titleEn;

	/** Fills the three titles from a record's. */
	protected void setTitles(LocalizedName title) {
		this.titleEs = title.getEs();
		this.titlePt = title.getPt();
		this.titleEn = title.getEn();
	}

	public String getTitleEs() {
		return this.titleEs;
	}

	public void setTitleEs(String titleEs) {
		this.titleEs = titleEs;
	}

	public String getTitlePt() {
		return this.titlePt;
	}

	public void setTitlePt(String titlePt) {
		this.titlePt = titlePt;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

}
