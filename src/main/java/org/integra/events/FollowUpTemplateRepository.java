package org.integra.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpTemplateRepository extends JpaRepository<FollowUpTemplate, Long> {

	List<FollowUpTemplate> findByEventIdOrderByDaysAfterAscIdAsc(long eventId);

	Optional<FollowUpTemplate> findByIdAndEventId(long id, long eventId);

}
