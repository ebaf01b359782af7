package org.integra.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicationFileRepository extends JpaRepository<ApplicationFile, Long> {

	@Query("select new org.integra.membership.DocumentVersion(f.id, f.kind, f.version, f.filename, f.contentType, "
			+ "f.size, f.sha256, f.uploadedBy, f.uploadedAt, false) from ApplicationFile f "
			+ "where f.applicationId = :applicationId order by f.kind, f.version")
	List<DocumentVersion> versionsOf(long applicationId);

	@Query("select coalesce(max(f.version), 0) from ApplicationFile f "
			+ "where f.applicationId = :applicationId and f.kind = :kind")
	int lastVersion(long applicationId, DocumentKind kind);

	Optional<ApplicationFile> findByIdAndApplicationId(long id, long applicationId);

	@Modifying
	@Query("delete from ApplicationFile f where f.applicationId = :applicationId")
	int deleteByApplicationId(long applicationId);

}
