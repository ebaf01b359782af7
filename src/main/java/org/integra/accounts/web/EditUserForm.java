package org.integra.accounts.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.integra.accounts.Role;
import org.integra.accounts.UserAccount;
import org.integra.system.SingleLine;

record EditUserForm(@NotBlank @Size(max = 200) @SingleLine String displayName, @Email @Size(max = 254) String email,
		@NotEmpty Set<Role> roles, Boolean enabled, Long version, Long mentorCityId) {

	EditUserForm {
		roles = Forms.withoutNulls(roles);
		enabled = Boolean.TRUE.equals(enabled);
	}

	static EditUserForm of(UserAccount account) {
		return new EditUserForm(account.getDisplayName(), account.getEmail(), account.getRoles(), account.isEnabled(),
				account.getVersion(), account.getMentorCityId());
	}

}
