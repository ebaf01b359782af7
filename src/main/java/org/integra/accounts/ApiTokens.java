package org.integra.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.integra.system.NotFoundException;
import org.integra.system.SecretTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes personal API tokens.
 */
@Service
public class ApiTokens {

	static final String TOKEN_PREFIX = "itg_";

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Creates a token for the user and returns its secret, which is never shown again.
	 */
	@Transactional
	public IssuedToken issue(String username, String name) {
		UserAccount owner = this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("accounts.user.notFound", username));
		String token = SecretTokens.create(TOKEN_PREFIX);
		ApiToken saved = this.tokens
			.save(new ApiToken(owner, name, hash(token), token.substring(0, 10), this.clock.instant()));
		return new IssuedToken(saved.getId(), name, token);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> ownedBy(String username) {
		return this.users.findByUsername(username).map(this.tokens::findByOwnerOrderByCreatedAtDesc).orElse(List.of());
	}

	/** Revokes one of the user's own tokens; another user's token counts as not found. */
	@Transactional
	public void revoke(String username, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((candidate) -> candidate.getOwner().getUsername().equals(username))
			.orElseThrow(() -> new NotFoundException("accounts.token.notFound", tokenId));
		token.revoke(this.clock.instant());
	}

	/**
	 * Revokes every active token of the user, e.g. when one may have leaked and it is not
	 * known which.
	 * @return how many were revoked
	 */
	@Transactional
	public int revokeAll(String username) {
		List<ApiToken> active = ownedBy(username).stream().filter(ApiToken::isActive).toList();
		active.forEach((token) -> token.revoke(this.clock.instant()));
		return active.size();
	}

	/**
	 * The enabled account an active token belongs to. A lock after failed password
	 * sign-ins does not stop its tokens: the lock is against guessing the password, and a
	 * token is not guessed (or is revoked by its owner).
	 */
	@Transactional
	Optional<UserAccount> authenticate(String token) {
		return this.tokens.findByTokenHash(hash(token))
			.filter(ApiToken::isActive)
			.filter((candidate) -> candidate.getOwner().isEnabled())
			.map((candidate) -> {
				candidate.markUsed(this.clock.instant());
				return candidate.getOwner();
			});
	}

	static String hash(String token) {
		return SecretTokens.hash(token);
	}

	/** A token just created; {@code secret} is the only copy. */
	public record IssuedToken(long id, String name, String secret) {
	}

}
