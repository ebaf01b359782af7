package org.integra.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long>, JpaSpecificationExecutor<OutboxMessage> {

	/** Messages due for an attempt, oldest first. */
	List<OutboxMessage> findByStatusAndNextAttemptAtLessThanEqualOrderByCreatedAtAscIdAsc(OutboxStatus status,
			Instant now, Limit limit);

	long countByStatus(OutboxStatus status);

	/** A message's attachments, in order, content included. */
	@Query("select a from OutboxMessage m join m.attachments a where m.id = :id order by index(a)")
	List<OutboxAttachment> findAttachments(long id);

	/**
	 * Gives up every message being sent whose attempt began before the given time, with
	 * the given error; bumps the version so that a sender holding an older copy notices.
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update OutboxMessage m set m.status = :failed, m.lastError = :error, m.version = m.version + 1 "
			+ "where m.status = :sending and m.claimedAt < :claimedBefore")
	int giveUpSending(OutboxStatus sending, OutboxStatus failed, String error, Instant claimedBefore);

	/** Gives up every message being sent, whenever its attempt began. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update OutboxMessage m set m.status = :failed, m.lastError = :error, m.version = m.version + 1 "
			+ "where m.status = :sending")
	int giveUpAllSending(OutboxStatus sending, OutboxStatus failed, String error);

}
