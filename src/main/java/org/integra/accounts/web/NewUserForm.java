package org.integra.accounts.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.integra.accounts.Accounts;
import org.integra.accounts.Role;
import org.integra.system.SingleLine;

record NewUserForm(@NotBlank @Pattern(regexp = Accounts.USERNAME_PATTERN) String username,
		@NotBlank @Size(max = 200) @SingleLine String displayName, @Email @Size(max = 254) String email,
		@NotEmpty Set<Role> roles, @NotBlank String password, Long mentorCityId) {

	static NewUserForm empty() {
		return new NewUserForm("", "", "", Set.of(), "", null);
	}

}
