package org.integra.tasks.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.integra.tasks.DigestPreference;

/**
 * The digest preference as the form sends it. A bean rather than a record: a value that
 * does not convert leaves the other field bound, so the page can show both again.
 */
public class DigestForm {

	private Boolean digestEnabled;

	@NotNull
	@Min(0)
	@Max(23)
	private Integer digestHour;

	static DigestForm of(DigestPreference preference) {
		DigestForm form = new DigestForm();
		form.setDigestEnabled(preference.isEnabled());
		form.setDigestHour(preference.getHour());
		return form;
	}

	boolean enabled() {
		return Boolean.TRUE.equals(this.digestEnabled);
	}

	public Boolean getDigestEnabled() {
		return this.digestEnabled;
	}

	public void setDigestEnabled(Boolean digestEnabled) {
		this.digestEnabled = digestEnabled;
	}

	public Integer getDigestHour() {
		return this.digestHour;
	}

	public void setDigestHour(Integer digestHour) {
		this.digestHour = digestHour;
	}

}
