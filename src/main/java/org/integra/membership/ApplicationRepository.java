package org.integra.membership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, Long> {

	boolean existsByOpenCityId(long cityId);

	List<Application> findByCityIdOrderByCreatedAtDescIdDesc(long cityId);

}
