package org.integra.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RelationshipRepository extends JpaRepository<Relationship, Long> {

	@Query("select r from Relationship r where r.fromOrganizationId = ?1 or r.toOrganizationId = ?1 order by r.id")
	List<Relationship> involving(long organizationId);

	@Query("select count(r) > 0 from Relationship r where r.fromOrganizationId = ?1 or r.toOrganizationId = ?1")
	boolean existsInvolving(long organizationId);

}
