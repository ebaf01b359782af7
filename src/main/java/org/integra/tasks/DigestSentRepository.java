package org.integra.tasks;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface DigestSentRepository extends JpaRepository<DigestSent, Long> {

	boolean existsByUsernameAndDigestDate(String username, LocalDate digestDate);

}
