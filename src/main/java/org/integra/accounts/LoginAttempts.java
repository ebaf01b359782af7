package org.integra.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts password sign-ins per account in the database and locks the account for
 * {@link UserAccount#LOCK_DURATION} once {@link UserAccount#MAX_FAILED_LOGINS} in a row
 * have not succeeded.
 * <p>
 * An attempt is counted <em>before</em> its password is checked, by one conditional
 * update whose row count decides whether the password may be checked at all. Attempts
 * that arrive together queue on the row, and each sees the count the previous one
 * committed: of forty sent at once, five are checked and the others refused unseen.
 */
@Component
class LoginAttempts {

	// An expired lock starts a new count at this attempt; the attempt that brings the
	// count to the maximum sets the lock. Expressions on the right see the old values.
	private static final String RESERVE = """
			update app_user
			   set failed_logins = case when locked_until is null then failed_logins + 1 else 1 end,
			       locked_until = case when locked_until is null and failed_logins + 1 >= :max then :until
			                      else null end
			 where username = :username
			   and (locked_until is null or locked_until <= :now)""";

	private static final String CLEAR = """
			update app_user set failed_logins = 0, locked_until = null where username = :username""";

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one attempt to sign in to the account, committed at once so that attempts
	 * arriving at the same time see it.
	 * @return whether the password may be checked: false if the account is locked (or
	 * does not exist)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean reserve(String username) {
		Instant now = this.clock.instant();
		int counted = this.jdbc.sql(RESERVE)
			.param("max", UserAccount.MAX_FAILED_LOGINS)
			.param("until", utc(now.plus(UserAccount.LOCK_DURATION)))
			.param("username", username)
			.param("now", utc(now))
			.update();
		return counted == 1;
	}

	/** A sign-in with the right password: the count starts again. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String username) {
		this.jdbc.sql(CLEAR).param("username", username).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
