package org.integra.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When a public form was shown, signed with HMAC-SHA256 so that a robot cannot pretend it
 * was shown long ago: {@code <epoch millis>.<signature>}. The key is drawn at random when
 * the application starts; a form shown before a restart is simply shown again.
 */
@Component
class FormStamps {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private final Clock clock;

	@Autowired
	FormStamps(Clock clock) {
		this(randomKey(), clock);
	}

	FormStamps(byte[] key, Clock clock) {
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
		this.clock = clock;
	}

	/** A stamp of now. */
	String issue() {
		String millis = Long.toString(this.clock.millis());
		return millis + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(millis));
	}

	/**
	 * When the form with this stamp was shown; empty when the stamp is not one of ours.
	 */
	Optional<Instant> shownAt(String stamp) {
		if (stamp == null || stamp.length() > 100) {
			return Optional.empty();
		}
		int dot = stamp.indexOf('.');
		if (dot < 1 || !stamp.substring(0, dot).matches("\\d{1,19}")) {
			return Optional.empty();
		}
		String millis = stamp.substring(0, dot);
		byte[] given;
		try {
			given = Base64.getUrlDecoder().decode(stamp.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(sign(millis), given)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
