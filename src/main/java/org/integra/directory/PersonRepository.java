package org.integra.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	List<Person> findByOrganizationIdOrderByNameSearch(long organizationId);

	boolean existsByOrganizationId(long organizationId);

}
