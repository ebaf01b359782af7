package org.integra.tasks;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

}
