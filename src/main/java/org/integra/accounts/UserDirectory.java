package org.integra.accounts;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users for other modules, as summaries rather than the account entity.
 */
@NamedInterface(name = "api", propagate = false)
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final UserAccountRepository users;

	UserDirectory(UserAccountRepository users) {
		this.users = users;
	}

	/** The user with that username, if there is one. */
	public Optional<UserSummary> find(String username) {
		return (username == null) ? Optional.empty() : this.users.findByUsername(username).map(UserSummary::of);
	}

}
