package org.integra.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;

/**
 * A person who signs in to Integra.
 */
@Entity
@Table(name = "app_user")
@Audited(label = "username")
// only changed columns are written, so that editing a user never puts back a stale count
// of sign-in attempts (LoginAttempts updates those columns directly)
@DynamicUpdate
public class UserAccount {

	/**
	 * Password sign-ins in a row without success that lock the account (see
	 * LoginAttempts).
	 */
	static final int MAX_FAILED_LOGINS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	@AuditIgnored
	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String language = "es";

	private boolean enabled = true;

	// a counter of sign-in attempts, not data; the lock it leads to is recorded
	@AuditIgnored
	@Column(name = "failed_logins")
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "mentor_city_id")
	private Long mentorCityId;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
		this(username, displayName, passwordHash, roles, Instant.now());
	}

	UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
		this.createdAt = createdAt;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getLanguage() {
		return this.language;
	}

	void setLanguage(String language) {
		this.language = language;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	void unlock() {
		this.lockedUntil = null;
		this.failedLogins = 0;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The member city a MENTOR user acts for; null for every other user. */
	public Long getMentorCityId() {
		return this.mentorCityId;
	}

	public void setMentorCityId(Long mentorCityId) {
		this.mentorCityId = mentorCityId;
	}

	public long getVersion() {
		return this.version;
	}

	public Set<Role> getRoles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	void setRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
