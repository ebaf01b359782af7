package org.integra.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test helpers: committed changes of {@link AuditedSample}s and who makes them.
 */
final class AuditFixtures {

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	AuditFixtures(TransactionTemplate transactions, EntityManager entityManager) {
		this.transactions = transactions;
		this.entityManager = entityManager;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static void signIn(String username, String... roles) {
		var authentication = new TestingAuthenticationToken(username, "n/a",
				List.of(roles).stream().map((role) -> "ROLE_" + role).toArray(String[]::new));
		authentication.setAuthenticated(true);
		SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
	}

	static void signOut() {
		SecurityContextHolder.clearContext();
	}

	long create(String name, Consumer<AuditedSample> setup) {
		return this.transactions.execute((status) -> {
			AuditedSample sample = new AuditedSample(name);
			setup.accept(sample);
			this.entityManager.persist(sample);
			this.entityManager.flush();
			return sample.getId();
		});
	}

	void update(long id, Consumer<AuditedSample> change) {
		this.transactions
			.executeWithoutResult((status) -> change.accept(this.entityManager.find(AuditedSample.class, id)));
	}

	void delete(long id) {
		this.transactions.executeWithoutResult(
				(status) -> this.entityManager.remove(this.entityManager.find(AuditedSample.class, id)));
	}

	AuditedSample find(long id) {
		return this.transactions.execute((status) -> this.entityManager.find(AuditedSample.class, id));
	}

}
