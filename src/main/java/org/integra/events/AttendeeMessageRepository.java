package org.integra.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendeeMessageRepository extends JpaRepository<AttendeeMessage, Long> {

	List<AttendeeMessage> findByEventIdOrderBySentAtDescIdDesc(long eventId);

}
