package org.integra.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationLinkRepository extends JpaRepository<InvitationLink, Long> {

	Optional<InvitationLink> findByTokenHashAndRevokedAtIsNull(String tokenHash);

	List<InvitationLink> findByInvitationIdAndRevokedAtIsNull(long invitationId);

}
