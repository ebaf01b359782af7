package org.integra.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A working link to an invitation, kept as the hash of its secret: the invitation's own,
 * or a reminder's. Revoked when the invitee asks for a fresh one or the invitation is
 * withdrawn.
 */
@Entity
@Table(name = "event_invitation_link")
class InvitationLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "invitation_id", nullable = false, updatable = false)
	private long invitationId;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected InvitationLink() {
	}

	InvitationLink(long invitationId, String tokenHash, Instant now) {
		this.invitationId = invitationId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	long getInvitationId() {
		return this.invitationId;
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

}
