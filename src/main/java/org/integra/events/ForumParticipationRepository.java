package org.integra.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ForumParticipationRepository extends JpaRepository<ForumParticipation, Long> {

	List<ForumParticipation> findByAssociationIdOrBodyId(long associationId, long bodyId);

	boolean existsByAssociationIdOrBodyId(long associationId, long bodyId);

	@Query("select distinct f from ForumParticipation f join f.representativeIds r where r = ?1")
	List<ForumParticipation> findByRepresentative(long personId);

	@Query("select distinct f from ForumParticipation f join f.contactIds c where c = ?1")
	List<ForumParticipation> findByContact(long personId);

}
