package org.integra.membership;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

	boolean existsByOpenCityId(long cityId);

	List<Application> findByCityIdOrderByCreatedAtDescIdDesc(long cityId);

	List<Application> findByStatus(ApplicationStatus status, Sort sort);

	@Query("select a.openCityId from Application a where a.openCityId is not null")
	List<Long> findOpenCityIds();

}
