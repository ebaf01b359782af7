package org.integra.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A personal API token. Only its SHA-256 hash is kept; the token itself is shown once,
 * when it is created.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private UserAccount owner;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false)
	private String prefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(UserAccount owner, String name, String tokenHash, String prefix, Instant createdAt) {
		this.owner = owner;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	void markUsed(Instant now) {
		this.lastUsedAt = now;
	}

	public boolean isActive() {
		return this.revokedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	UserAccount getOwner() {
		return this.owner;
	}

	public String getName() {
		return this.name;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
