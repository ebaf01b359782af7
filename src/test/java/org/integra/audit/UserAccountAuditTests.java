package org.integra.audit;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.integra.IntegraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.integra.accounts.AccountPasswords;
import org.integra.accounts.Accounts;
import org.integra.accounts.Role;
import org.integra.accounts.UserAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegraTest
class UserAccountAuditTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountPasswords passwords;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@AfterEach
	void tearDown() {
		AuditFixtures.signOut();
	}

	@Test
	void userAccountChangesAreAuditedWithoutThePasswordHash() {
		AuditFixtures.signIn("admin", "ADMIN");
		String username = AuditFixtures.unique("auditee");
		long id = this.accounts
			.create(username, "Ana Auditada", null, "a-long-enough-password", Set.of(Role.COORDINATOR))
			.getId();

		this.transactions.executeWithoutResult(
				(status) -> this.entityManager.find(UserAccount.class, id).setDisplayName("Ana María Auditada"));
		this.accounts.update("admin", id, null, "Ana María Auditada", null, Set.of(Role.COORDINATOR, Role.ADMIN), true);
		this.passwords.resetPassword(id, "another-long-password");

		List<AuditEntryView> history = this.trail.historyOf("UserAccount", id);
		assertThat(history).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(history).allSatisfy((entry) -> {
			assertThat(entry.username()).isEqualTo("admin");
			assertThat(entry.entityLabel()).isEqualTo(username);
		});
		assertThat(history.get(0).changes())
			.containsExactly(new AuditFieldChange("roles", "COORDINATOR", "ADMIN, COORDINATOR"));
		assertThat(history.get(1).changes())
			.containsExactly(new AuditFieldChange("displayName", "Ana Auditada", "Ana María Auditada"));
		assertThat(history.get(2).changes()).extracting(AuditFieldChange::field)
			.contains("username", "displayName", "roles", "language", "enabled")
			.doesNotContain("passwordHash", "version", "failedLogins");
		assertThat(history).flatExtracting(AuditEntryView::changes)
			.allSatisfy((change) -> assertThat(change.newValue() + " " + change.oldValue()).doesNotContain("{"));
	}

	@Test
	void demoUsersCreatedAtStartupAreBySystem() {
		long adminId = this.transactions.execute((status) -> this.entityManager
			.createQuery("select u.id from UserAccount u where u.username = 'admin'", Long.class)
			.getSingleResult());

		List<AuditEntryView> history = this.trail.historyOf("UserAccount", adminId);

		assertThat(history).isNotEmpty();
		assertThat(history.get(history.size() - 1).action()).isEqualTo(AuditAction.CREATE);
		assertThat(history.get(history.size() - 1).username()).isEqualTo(AuditTrail.SYSTEM_USER);
	}

}
