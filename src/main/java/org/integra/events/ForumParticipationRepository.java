package org.integra.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ForumParticipationRepository extends JpaRepository<ForumParticipation, Long> {

	List<ForumParticipation> findByAssociationOrganizationIdOrBodyOrganizationId(long associationId, long bodyId);

	boolean existsByAssociationOrganizationIdOrBodyOrganizationId(long associationId, long bodyId);

	@Query("select distinct f from ForumParticipation f join f.representativePersonIds r where r = ?1")
	List<ForumParticipation> findByRepresentative(long personId);

	@Query("select distinct f from ForumParticipation f join f.contactPersonIds c where c = ?1")
	List<ForumParticipation> findByContact(long personId);

}
