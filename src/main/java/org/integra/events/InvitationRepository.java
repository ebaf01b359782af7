package org.integra.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByIdAndEventId(long id, long eventId);

	List<Invitation> findByEventId(long eventId);

	Page<Invitation> findByEventIdOrderByInviteeNameAscIdAsc(long eventId, Pageable pageable);

	Page<Invitation> findByEventIdAndStatusOrderByInviteeNameAscIdAsc(long eventId, InvitationStatus status,
			Pageable pageable);

	List<Invitation> findByEventIdAndStatusOrderByWaitlistedAtAscIdAsc(long eventId, InvitationStatus status);

	List<Invitation> findByEventIdAndEmailKeyIn(long eventId, Collection<String> emailKeys);

	boolean existsByEventIdAndEmailKey(long eventId, String emailKey);

	List<Invitation> findByPersonId(long personId);

	List<Invitation> findByCityId(long cityId);

}
