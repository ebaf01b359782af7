package org.integra.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationEntryRepository extends JpaRepository<InvitationEntry, Long> {

	List<InvitationEntry> findByInvitationIdOrderByOccurredAtAscIdAsc(long invitationId);

}
