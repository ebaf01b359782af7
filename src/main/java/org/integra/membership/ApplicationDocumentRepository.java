package org.integra.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDocumentRepository extends JpaRepository<ApplicationDocument, Long> {

	List<ApplicationDocument> findByApplicationIdOrderByNotedAtAscIdAsc(long applicationId);

	Optional<ApplicationDocument> findByApplicationIdAndKind(long applicationId, DocumentKind kind);

}
