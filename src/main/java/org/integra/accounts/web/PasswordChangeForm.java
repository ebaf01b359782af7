package org.integra.accounts.web;

import jakarta.validation.constraints.NotBlank;

record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
		@NotBlank String confirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
