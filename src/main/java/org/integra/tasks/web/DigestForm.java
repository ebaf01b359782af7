package org.integra.tasks.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.integra.tasks.DigestPreference;

record DigestForm(Boolean digestEnabled, @NotNull @Min(0) @Max(23) Integer digestHour) {

	static DigestForm of(DigestPreference preference) {
		return new DigestForm(preference.isEnabled(), preference.getHour());
	}

	boolean enabled() {
		return Boolean.TRUE.equals(this.digestEnabled);
	}

}
