package org.integra.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record TokenForm(@NotBlank @Size(max = 100) String name) {

	static TokenForm empty() {
		return new TokenForm("");
	}

}
