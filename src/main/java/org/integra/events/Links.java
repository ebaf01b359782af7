package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.integra.system.SecretTokens;

import org.springframework.stereotype.Component;

/**
 * The personal links of invitations: each a secret of 256 random bits given only in the
 * e-mail, kept as its hash.
 */
@Component
class Links {

	/** The prefix of an invitation link's secret. */
	static final String TOKEN_PREFIX = "inv_";

	private final InvitationLinkRepository links;

	private final Clock clock;

	Links(InvitationLinkRepository links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	/** A new working link to the invitation; its secret, for the e-mail only. */
	String issue(Invitation invitation) {
		String token = SecretTokens.create(TOKEN_PREFIX);
		this.links.save(new InvitationLink(invitation.getId(), SecretTokens.hash(token), this.clock.instant()));
		return token;
	}

	/** Every working link to the invitation stops working. */
	void revokeAll(Invitation invitation) {
		Instant now = this.clock.instant();
		this.links.findByInvitationIdAndRevokedAtIsNull(invitation.getId()).forEach((link) -> link.revoke(now));
		this.links.flush();
	}

	/** The invitation a working link opens, by id. */
	Optional<Long> invitationOf(String token) {
		if (!SecretTokens.wellFormed(TOKEN_PREFIX, token)) {
			return Optional.empty();
		}
		return this.links.findByTokenHashAndRevokedAtIsNull(SecretTokens.hash(token))
			.map(InvitationLink::getInvitationId);
	}

}
