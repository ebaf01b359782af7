package org.integra.accounts;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.integra.cities.CityCatalog;
import org.integra.cities.NetworkRelation;
import org.integra.system.LanguageChosen;
import org.integra.system.NotFoundException;
import org.integra.system.SearchText;
import org.integra.system.SupportedLanguages;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Creates users and changes their details and what they may do; passwords and unlocking
 * are {@link AccountPasswords}' job.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class Accounts {

	/** What a username may look like. */
	public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";

	private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final UserSessions sessions;

	private final CityCatalog cities;

	Accounts(UserAccountRepository users, PasswordEncoder passwords, Clock clock, UserSessions sessions,
			CityCatalog cities) {
		this.cities = cities;
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
		this.sessions = sessions;
	}

	/**
	 * Creates an enabled user.
	 * @throws AccountRuleViolationException if the username is malformed or taken, no
	 * role is given or the password breaks the {@link PasswordPolicy}
	 */
	@Transactional
	public UserAccount create(String username, String displayName, String email, String rawPassword, Set<Role> roles) {
		return create(username, displayName, email, rawPassword, roles, null);
	}

	/**
	 * Creates an enabled user; a MENTOR is bound to the member city {@code mentorCityId}.
	 * @throws AccountRuleViolationException as
	 * {@link #create(String, String, String, String, Set)}, or if a MENTOR has no member
	 * city
	 */
	@Transactional
	public UserAccount create(String username, String displayName, String email, String rawPassword, Set<Role> roles,
			Long mentorCityId) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new AccountRuleViolationException("username", "accounts.username.invalid",
					"the username must be 3 to 60 characters: lower-case letters, digits, '.', '_' or '-'");
		}
		if (this.users.existsByUsername(username)) {
			throw new AccountRuleViolationException("username", "accounts.username.taken",
					"the username '" + username + "' is taken");
		}
		if (roles == null || roles.isEmpty()) {
			throw new AccountRuleViolationException("roles", "accounts.roles.required",
					"a user needs at least one role");
		}
		PasswordPolicy.check(username, rawPassword);
		UserAccount account = new UserAccount(username, displayName, this.passwords.encode(rawPassword), roles,
				this.clock.instant());
		account.setEmail(email);
		account.setMentorCityId(mentorCity(roles, mentorCityId));
		return this.users.save(account);
	}

	/**
	 * Changes a user's details, roles and enabled flag on behalf of an administrator.
	 * @param expectedVersion the version the administrator edited; null to skip the check
	 * @throws AccountRuleViolationException if someone else changed the user meanwhile,
	 * no role is given, or the change would lock the administrators out (see
	 * {@link AdminGuard})
	 */
	@Transactional
	public void update(String actingUsername, long userId, Long expectedVersion, String displayName, String email,
			Set<Role> roles, boolean enabled) {
		update(actingUsername, userId, expectedVersion, displayName, email, roles, enabled,
				find(userId).getMentorCityId());
	}

	/**
	 * As {@link #update(String, long, Long, String, String, Set, boolean)}, and binds a
	 * MENTOR to the member city {@code mentorCityId}.
	 */
	@Transactional
	public void update(String actingUsername, long userId, Long expectedVersion, String displayName, String email,
			Set<Role> roles, boolean enabled, Long mentorCityId) {
		UserAccount account = find(userId);
		if (expectedVersion != null && expectedVersion != account.getVersion()) {
			throw new AccountRuleViolationException(null, "accounts.user.concurrentEdit",
					"the user was changed by someone else in the meantime");
		}
		if (roles == null || roles.isEmpty()) {
			throw new AccountRuleViolationException("roles", "accounts.roles.required",
					"a user needs at least one role");
		}
		AdminGuard.check(actingUsername, account, roles, enabled, this.users.countEnabledWithRole(Role.ADMIN));
		boolean rightsChanged = !roles.equals(account.getRoles()) || (account.isEnabled() && !enabled);
		account.setDisplayName(displayName);
		account.setEmail(email);
		account.setRoles(roles);
		account.setEnabled(enabled);
		account.setMentorCityId(mentorCity(roles, mentorCityId));
		if (rightsChanged) {
			this.sessions.endAll(account);
		}
	}

	@Transactional
	public void setEnabled(String actingUsername, long userId, boolean enabled) {
		UserAccount account = find(userId);
		AdminGuard.check(actingUsername, account, account.getRoles(), enabled,
				this.users.countEnabledWithRole(Role.ADMIN));
		account.setEnabled(enabled);
		if (!enabled) {
			this.sessions.endAll(account);
		}
	}

	@Transactional
	public void setLanguage(String username, String language) {
		if (SupportedLanguages.isSupported(language)) {
			find(username).setLanguage(language);
		}
	}

	@Transactional(readOnly = true)
	public UserAccount get(long userId) {
		return find(userId);
	}

	@Transactional(readOnly = true)
	public UserAccount get(String username) {
		return find(username);
	}

	/** The member city a user mentors for, if they are bound to one. */
	@Transactional(readOnly = true)
	public Optional<Long> mentorCityOf(String username) {
		return this.users.findByUsername(username).map(UserAccount::getMentorCityId);
	}

	/**
	 * The users bound to a member city as its mentors who can be given work, by username,
	 * e.g. to assign a candidate's follow-up to its mentor.
	 */
	@Transactional(readOnly = true)
	public List<String> mentorUsersOf(long mentorCityId) {
		return this.users.findByMentorCityId(mentorCityId)
			.stream()
			.filter((account) -> Assignees.canBeAssigned(account.isEnabled(), account.getRoles()))
			.map(UserAccount::getUsername)
			.sorted()
			.toList();
	}

	/** Whether an enabled account has that username, e.g. to assign it a task. */
	@Transactional(readOnly = true)
	public boolean isEnabledUser(String username) {
		return username != null && this.users.findByUsername(username).filter(UserAccount::isEnabled).isPresent();
	}

	/**
	 * Whether work (a task, a next step) can be assigned to that username: an enabled
	 * account that acts, not only a viewer ({@link Assignees#canBeAssigned}).
	 */
	@Transactional(readOnly = true)
	public boolean canBeAssigned(String username) {
		return username != null && this.users.findByUsername(username)
			.filter((account) -> Assignees.canBeAssigned(account.isEnabled(), account.getRoles()))
			.isPresent();
	}

	/**
	 * The people work can be assigned to (enabled, not only viewers), by display name in
	 * the locale's order.
	 */
	@Transactional(readOnly = true)
	public List<Assignees.Assignee> assignees(Locale locale) {
		return Assignees.of(this.users.findAll(), locale);
	}

	/**
	 * Users whose username or display name contains the query, ignoring accents and case.
	 * Sortable by {@code username}, {@code displayName} and {@code createdAt}.
	 */
	@Transactional(readOnly = true)
	public Page<UserAccount> search(String query, Pageable pageable) {
		// A network has tens of staff users, not thousands: folding in memory keeps the
		// schema free of a derived search column.
		String folded = SearchText.normalize(query);
		List<UserAccount> matching = this.users.findAll()
			.stream()
			.filter((account) -> folded.isEmpty() || SearchText.normalize(account.getUsername()).contains(folded)
					|| SearchText.normalize(account.getDisplayName()).contains(folded))
			.sorted(comparator(pageable.getSort()))
			.toList();
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}

	private static Comparator<UserAccount> comparator(Sort sort) {
		Comparator<UserAccount> byUsername = Comparator.comparing(UserAccount::getUsername);
		Comparator<UserAccount> result = null;
		for (Sort.Order order : sort) {
			Comparator<UserAccount> one = switch (order.getProperty()) {
				case "displayName" ->
					Comparator.comparing((UserAccount account) -> SearchText.normalize(account.getDisplayName()));
				case "createdAt" -> Comparator.comparing(UserAccount::getCreatedAt);
				default -> byUsername;
			};
			one = order.isDescending() ? one.reversed() : one;
			result = (result != null) ? result.thenComparing(one) : one;
		}
		return (result != null) ? result.thenComparing(byUsername) : byUsername;
	}

	@EventListener
	@Transactional
	void on(LanguageChosen event) {
		this.users.findByUsername(event.username())
			.ifPresent((account) -> account.setLanguage(event.language().getLanguage()));
	}

	private UserAccount find(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new NotFoundException("accounts.user.notFound", userId));
	}

	private UserAccount find(String username) {
		return this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("accounts.user.notFound", username));
	}

	/**
	 * The city a MENTOR is bound to: required, and a member of the network; none for
	 * others.
	 */
	private Long mentorCity(Set<Role> roles, Long mentorCityId) {
		if (!roles.contains(Role.MENTOR)) {
			return null;
		}
		if (mentorCityId == null) {
			throw new AccountRuleViolationException("mentorCityId", "accounts.mentorCity.required",
					"a MENTOR must be bound to a member city");
		}
		boolean member = this.cities.find(mentorCityId)
			.filter((city) -> city.relation() == NetworkRelation.MEMBER)
			.isPresent();
		if (!member) {
			throw new AccountRuleViolationException("mentorCityId", "accounts.mentorCity.notMember",
					"city " + mentorCityId + " is not a member city");
		}
		return mentorCityId;
	}

}
