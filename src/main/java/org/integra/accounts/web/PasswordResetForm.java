package org.integra.accounts.web;

import jakarta.validation.constraints.NotBlank;

record PasswordResetForm(@NotBlank String password) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("");
	}

}
