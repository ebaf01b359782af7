package org.integra.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The three names a form asks for, with the rules they share: Spanish and Portuguese
 * required, each on one line and at most 200 characters. English is optional here; forms
 * whose records need it extend {@link EnglishRequired}. The fields stay flat
 * ({@code nameEs}, not {@code names.es}) so that request parameters, JSON bodies and
 * field ids keep their names.
 */
public abstract class LocalizedNameForm {

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String nameEs;

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String namePt;

	@Size(max = 200)
	@SingleLine
	private String nameEn;

	/** Fills the three names from a record's. */
	protected void setNames(LocalizedName names) {
		this.nameEs = names.getEs();
		this.namePt = names.getPt();
		this.nameEn = names.getEn();
	}

	/**
	 * The names as typed, trimmed; an empty English name is none. Call only on a valid
	 * form.
	 */
	public LocalizedName toNames() {
		return new LocalizedName(this.nameEs.strip(), this.namePt.strip(),
				(this.nameEn == null || this.nameEn.isBlank()) ? null : this.nameEn.strip());
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public void setNameEs(String nameEs) {
		this.nameEs = nameEs;
	}

	public String getNamePt() {
		return this.namePt;
	}

	public void setNamePt(String namePt) {
		this.namePt = namePt;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	/** The names of a record that needs all three. */
	public abstract static class EnglishRequired extends LocalizedNameForm {

		@Override
		@NotBlank
		public String getNameEn() {
			return super.getNameEn();
		}

	}

}
