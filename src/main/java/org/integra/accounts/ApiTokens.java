package org.integra.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.integra.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes personal API tokens.
 */
@Service
public class ApiTokens {

	static final String TOKEN_PREFIX = "itg_";

	private static final SecureRandom RANDOM = new SecureRandom();

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
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
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
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/** A token just created; {@code secret} is the only copy. */
	public record IssuedToken(long id, String name, String secret) {
	}

}
