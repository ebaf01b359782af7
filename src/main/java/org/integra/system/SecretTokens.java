package org.integra.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable secrets for links and tokens (256 random bits, URL-safe) and the hash under
 * which they are stored: the secret itself is never kept, so a copy of the database opens
 * no link.
 */
public final class SecretTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	/**
	 * A new secret: the prefix, then 256 random bits in URL-safe Base64 (43 characters).
	 */
	public static String create(String prefix) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** The SHA-256 of the secret in lower-case hex: what is stored and looked up. */
	public static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * Whether the text could be a secret of that prefix: a cheap check before any lookup.
	 */
	public static boolean wellFormed(String prefix, String text) {
		return text != null && text.length() == prefix.length() + 43 && text.startsWith(prefix)
				&& text.substring(prefix.length()).chars().allMatch(SecretTokens::urlSafe);
	}

	private static boolean urlSafe(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
	}

}
