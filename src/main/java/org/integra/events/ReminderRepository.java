package org.integra.events;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

	/** With the chosen invitations, which the pages show after the transaction. */
	@EntityGraph(attributePaths = "invitationIds")
	List<Reminder> findByEventIdOrderBySendOnAscIdAsc(long eventId);

	List<Reminder> findBySentAtIsNullAndSendOnLessThanEqualOrderBySendOnAscIdAsc(LocalDate day);

}
