package org.integra.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.integra.system.SingleLine;

record TokenForm(@NotBlank @Size(max = 100) @SingleLine String name) {

	static TokenForm empty() {
		return new TokenForm("");
	}

}
