package org.integra.directory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrganizationRepository extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

	java.util.List<Organization> findByKindOrderByNameAsc(OrganizationKind kind);

	boolean existsByName(String name);

}
