package org.integra.membership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationStepRepository extends JpaRepository<ApplicationStep, Long> {

	List<ApplicationStep> findByApplicationIdOrderByAtAscIdAsc(long applicationId);

}
