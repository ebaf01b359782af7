package org.integra.tasks;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<Task, Long> {

	List<Task> findByAssigneeAndStatusOrderByDueOnAscIdAsc(String assignee, TaskStatus status);

	Optional<Task> findByInteractionId(long interactionId);

}
