package org.integra.accounts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.integra.system.RecordLink;
import org.integra.system.RecordNameSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names user accounts (by their name and username) for the audit trail.
 */
@Component
class AccountNames implements RecordNameSource {

	static final String TYPE = "UserAccount";

	private final UserAccountRepository users;

	AccountNames(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
		Map<Long, RecordLink> names = new LinkedHashMap<>();
		this.users.findAllById(ids)
			.forEach((user) -> names.put(user.getId(), new RecordLink(name(user), "/admin/users/" + user.getId())));
		return names;
	}

	private static String name(UserAccount user) {
		String display = user.getDisplayName();
		return (display == null || display.isBlank()) ? user.getUsername() : display + " (" + user.getUsername() + ")";
	}

}
