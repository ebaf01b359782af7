package org.integra.ranking;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts changes to the data the ranking is computed from (criteria, values, thematic
 * units, fees, priorities) so that cached rankings are rebuilt. Counted when the change
 * is written and again after its transaction commits, so that a ranking loaded in between
 * is not kept.
 */
public class RankingChanges {

	private static final AtomicLong GENERATION = new AtomicLong();

	static long generation() {
		return GENERATION.get();
	}

	static void changed() {
		GENERATION.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					GENERATION.incrementAndGet();
				}
			});
		}
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void entityChanged(Object entity) {
		changed();
	}

}
