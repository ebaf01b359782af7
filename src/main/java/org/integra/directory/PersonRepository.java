package org.integra.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	List<Person> findByOrganizationIdOrderByNameSearch(long organizationId);

	boolean existsByOrganizationId(long organizationId);

	@Query("select p from Person p join fetch p.organization o where o.cityId in :cityIds order by p.nameSearch, p.id")
	List<Person> findByOrganizationCityIdIn(Collection<Long> cityIds);

	@Query("select p from Person p left join fetch p.organization where p.id in :ids")
	List<Person> findWithOrganizationByIdIn(Collection<Long> ids);

}
