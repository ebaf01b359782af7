package org.integra.accounts;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return toUserDetails(account, this.clock);
	}

	static UserDetails toUserDetails(UserAccount account, Clock clock) {
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(clock.instant()))
			.authorities(
					account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())
			.build();
	}

}
