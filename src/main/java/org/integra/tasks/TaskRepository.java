package org.integra.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TaskRepository extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

	List<Task> findByAssigneeAndStatusOrderByDueOnAscIdAsc(String assignee, TaskStatus status);

	Optional<Task> findByInteractionId(long interactionId);

	List<Task> findByOrganizationId(long organizationId);

	List<Task> findByCityId(long cityId);

	List<Task> findByPersonId(long personId);

	boolean existsByOrganizationId(long organizationId);

	List<Task> findByCityIdAndStatus(long cityId, TaskStatus status);

	List<Task> findByOrganizationIdAndStatus(long organizationId, TaskStatus status);

	List<Task> findByPersonIdAndStatus(long personId, TaskStatus status);

	List<Task> findByCityIdInAndStatus(Collection<Long> cityIds, TaskStatus status);

	List<Task> findByEventIdAndStatus(long eventId, TaskStatus status);

}
