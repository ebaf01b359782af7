package org.integra.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Signs a user out of their sessions, so that a disabled user, one whose roles changed or
 * whose password was replaced does not go on with the rights of an old session.
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endAll(UserAccount account) {
		endAllExcept(account, null);
	}

	/**
	 * @param keptSessionId the session that stays signed in; null for none
	 */
	void endAllExcept(UserAccount account, String keptSessionId) {
		this.sessions.findByPrincipalName(account.getUsername())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
