package org.integra.events;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

	List<Reminder> findByEventIdOrderBySendOnAscIdAsc(long eventId);

	List<Reminder> findBySentAtIsNullAndSendOnLessThanEqualOrderBySendOnAscIdAsc(LocalDate day);

}
