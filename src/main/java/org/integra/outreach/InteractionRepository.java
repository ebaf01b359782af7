package org.integra.outreach;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

	List<Interaction> findByCityIdOrderByOccurredOnDescIdDesc(long cityId);

	Page<Interaction> findByCityIdInOrderByOccurredOnDescIdDesc(Collection<Long> cityIds, Pageable pageable);

	List<Interaction> findByIntermediaryIdOrderByOccurredOnDescIdDesc(long organizationId);

	@Query("select i from Interaction i join i.personIds p where p = ?1 order by i.occurredOn desc, i.id desc")
	List<Interaction> findByPerson(long personId);

	List<Interaction> findByIntermediaryId(long organizationId);

	List<Interaction> findByMentorCityIdNotNull();

	List<Interaction> findByCityIdIn(Collection<Long> cityIds);

	/**
	 * Each city's interactions as (city id, interest), newest first within a city: only
	 * the columns a "latest interest" read needs.
	 */
	@Query("select i.cityId, i.interest from Interaction i where i.cityId in ?1 order by i.cityId, i.occurredOn desc, i.id desc")
	List<Object[]> interestsNewestFirst(Collection<Long> cityIds);

	List<Interaction> findByCityIdInAndNextStepIsNotNullOrderByOccurredOnDescIdDesc(Collection<Long> cityIds);

}
