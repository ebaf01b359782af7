package org.integra.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.integra.IntegraTest;
import org.integra.audit.capture.AuditWriterBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegraTest
class AuditCaptureTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	AuditFixtures samples;

	@BeforeEach
	void setUp() {
		this.samples = new AuditFixtures(this.transactions, this.entityManager);
		AuditFixtures.signIn("ana", "COORDINATOR");
	}

	@AfterEach
	void tearDown() {
		AuditFixtures.signOut();
	}

	@Test
	void createRecordsEveryNonNullFieldWithUserTimeAndAction() {
		String name = AuditFixtures.unique("create");
		String notes = "x".repeat(10_000);
		long parent = this.samples.create(AuditFixtures.unique("parent"), (sample) -> {
		});
		AuditedSample parentSample = this.samples.find(parent);
		Instant before = Instant.now();
		long id = this.samples.create(name, (sample) -> {
			sample.setStatus(AuditedSample.Status.ACTIVE);
			sample.setDueDate(LocalDate.of(2027, 3, 31));
			sample.setNotes(notes);
			sample.setSecret("s3cret-value");
			sample.getTags().addAll(List.of("port", "capital"));
			sample.setParent(this.entityManager.getReference(AuditedSample.class, parentSample.getId()));
		});
		Instant after = Instant.now();

		List<AuditEntryView> history = this.trail.historyOf(AuditedSample.TYPE, id);
		assertThat(history).hasSize(1);
		AuditEntryView entry = history.get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
		assertThat(entry.username()).isEqualTo("ana");
		assertThat(entry.entityType()).isEqualTo("Sample");
		assertThat(entry.entityId()).isEqualTo(Long.toString(id));
		assertThat(entry.entityLabel()).isEqualTo(name);
		assertThat(entry.occurredAt()).isBetween(before.minusSeconds(1), after.plusSeconds(1));
		assertThat(entry.changes()).allSatisfy((change) -> assertThat(change.oldValue()).isNull());
		assertThat(newValues(entry)).containsOnly(Map.entry("name", name), Map.entry("status", "ACTIVE"),
				Map.entry("dueDate", "2027-03-31"), Map.entry("notes", notes),
				Map.entry("parent", Long.toString(parent)), Map.entry("tags", "capital, port"));
	}

	@Test
	void updateRecordsOnlyTheChangedFieldsWithBeforeAndAfter() {
		String name = AuditFixtures.unique("update");
		long id = this.samples.create(name, (sample) -> {
			sample.setDueDate(LocalDate.of(2027, 1, 1));
			sample.getTags().add("port");
		});
		AuditFixtures.signIn("bruno", "COORDINATOR");

		this.samples.update(id, (sample) -> {
			sample.setName(name + "-renamed");
			sample.setAmount(new BigDecimal("1250.50"));
			sample.setDueDate(null);
			sample.setSecret("changed too");
			sample.getTags().add("capital");
		});

		List<AuditEntryView> history = this.trail.historyOf(AuditedSample.TYPE, id);
		assertThat(history).extracting(AuditEntryView::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		AuditEntryView update = history.get(0);
		assertThat(update.username()).isEqualTo("bruno");
		assertThat(update.entityLabel()).isEqualTo(name + "-renamed");
		assertThat(update.changes()).containsExactlyInAnyOrder(new AuditFieldChange("name", name, name + "-renamed"),
				new AuditFieldChange("dueDate", "2027-01-01", null), new AuditFieldChange("amount", null, "1250.50"),
				new AuditFieldChange("tags", "port", "capital, port"));
	}

	@Test
	void changesOfIgnoredFieldsOnlyLeaveNoEntry() {
		long id = this.samples.create(AuditFixtures.unique("ignored"), (sample) -> sample.setSecret("one"));

		this.samples.update(id, (sample) -> sample.setSecret("two"));

		assertThat(this.trail.historyOf(AuditedSample.TYPE, id)).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.CREATE);
		assertThat(allFieldsOf(id)).doesNotContain("secret", "version", "id");
	}

	@Test
	void embeddedValuesAreRecordedPartByPart() {
		long id = this.samples.create(AuditFixtures.unique("embedded"),
				(sample) -> sample.setContact(new AuditedSample.Contact("alcaldia@cusco.example", "1234")));

		this.samples.update(id,
				(sample) -> sample.setContact(new AuditedSample.Contact("prensa@cusco.example", "9999")));

		List<AuditEntryView> history = this.trail.historyOf(AuditedSample.TYPE, id);
		assertThat(history.get(0).changes())
			.containsExactly(new AuditFieldChange("contact.email", "alcaldia@cusco.example", "prensa@cusco.example"));
		assertThat(newValues(history.get(1))).containsEntry("contact.email", "alcaldia@cusco.example")
			.doesNotContainKey("contact.pin");
	}

	@Test
	void deleteRecordsTheValuesBefore() {
		String name = AuditFixtures.unique("delete");
		long id = this.samples.create(name, (sample) -> {
			sample.setStatus(AuditedSample.Status.ACTIVE);
			sample.getTags().add("port");
		});

		this.samples.delete(id);

		AuditEntryView delete = this.trail.historyOf(AuditedSample.TYPE, id).get(0);
		assertThat(delete.action()).isEqualTo(AuditAction.DELETE);
		assertThat(delete.entityLabel()).isEqualTo(name);
		assertThat(delete.changes()).allSatisfy((change) -> assertThat(change.newValue()).isNull());
		assertThat(delete.changes()).extracting(AuditFieldChange::field, AuditFieldChange::oldValue)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("name", name),
					org.assertj.core.groups.Tuple.tuple("status", "ACTIVE"),
					org.assertj.core.groups.Tuple.tuple("tags", "port"));
	}

	@Test
	void rolledBackChangeLeavesNoEntry() {
		String name = AuditFixtures.unique("rollback");

		Long id = this.transactions.execute((status) -> {
			AuditedSample sample = new AuditedSample(name);
			this.entityManager.persist(sample);
			this.entityManager.flush();
			status.setRollbackOnly();
			return sample.getId();
		});

		assertThat(this.trail.historyOf(AuditedSample.TYPE, id)).isEmpty();
		assertThat(this.trail.search(new AuditQuery(null, null, null, null, null, null, name), 0, 10, false)
			.totalElements()).isZero();
	}

	@Test
	void failedChangeLeavesNoEntry() {
		String name = AuditFixtures.unique("failed");

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.entityManager.persist(new AuditedSample(name));
			this.entityManager.flush();
			throw new IllegalStateException("the business rule says no");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(this.trail.search(new AuditQuery(null, null, null, null, null, null, name), 0, 10, false)
			.totalElements()).isZero();
	}

	@Test
	void failingAuditWriteFailsTheChange() {
		String name = AuditFixtures.unique("audit-must-fail");
		this.jdbc
			.sql("alter table audit_change add constraint audit_change_test_fail "
					+ "check (new_value is null or new_value not like 'audit-must-fail%')")
			.update();
		try {
			assertThatThrownBy(() -> this.samples.create(name, (sample) -> {
			})).isInstanceOf(RuntimeException.class);
		}
		finally {
			this.jdbc.sql("alter table audit_change drop constraint audit_change_test_fail").update();
		}

		assertThat(this.jdbc.sql("select count(*) from audited_sample where name = ?")
			.param(name)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.trail.search(new AuditQuery(null, null, null, null, null, null, name), 0, 10, false)
			.totalElements()).isZero();
	}

	@Test
	void statelessSessionChangesAreRecordedToo() {
		String name = AuditFixtures.unique("stateless");
		SessionFactory sessions = this.entityManagerFactory.unwrap(SessionFactory.class);
		long id;
		try (StatelessSession session = sessions.openStatelessSession()) {
			var transaction = session.beginTransaction();
			AuditedSample sample = new AuditedSample(name);
			session.insert(sample);
			id = sample.getId();
			transaction.commit();
		}
		try (StatelessSession session = sessions.openStatelessSession()) {
			var transaction = session.beginTransaction();
			AuditedSample sample = session.get(AuditedSample.class, id);
			sample.setNotes("imported");
			session.update(sample);
			transaction.commit();
		}
		try (StatelessSession session = sessions.openStatelessSession()) {
			var transaction = session.beginTransaction();
			session.delete(session.get(AuditedSample.class, id));
			transaction.commit();
		}

		List<AuditEntryView> history = this.trail.historyOf(AuditedSample.TYPE, id);
		assertThat(history).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(history).allSatisfy((entry) -> assertThat(entry.username()).isEqualTo("ana"));
		assertThat(history.get(1).changes()).contains(new AuditFieldChange("notes", null, "imported"));
		assertThat(newValues(history.get(2))).containsEntry("name", name);
	}

	@Test
	void changesWhileNobodyIsSignedInAreBySystem() {
		AuditFixtures.signOut();

		long id = this.samples.create(AuditFixtures.unique("system"), (sample) -> {
		});

		assertThat(this.trail.historyOf(AuditedSample.TYPE, id).get(0).username()).isEqualTo(AuditTrail.SYSTEM_USER);
	}

	@Test
	void changesInOneTransactionFoldIntoOneEntryPerRecord() {
		String name = AuditFixtures.unique("fold");
		Long id = this.transactions.execute((status) -> {
			AuditedSample sample = new AuditedSample(name);
			this.entityManager.persist(sample);
			this.entityManager.flush();
			sample.setStatus(AuditedSample.Status.ACTIVE);
			sample.getTags().add("port");
			return sample.getId();
		});

		List<AuditEntryView> history = this.trail.historyOf(AuditedSample.TYPE, id);
		assertThat(history).hasSize(1);
		assertThat(newValues(history.get(0))).containsOnly(Map.entry("name", name), Map.entry("status", "ACTIVE"),
				Map.entry("tags", "port"));
	}

	@Test
	void aTransactionOfMoreRecordsThanABatchGivesEachEntryItsOwnChanges() {
		String prefix = AuditFixtures.unique("batch");
		int records = AuditWriterBatch.SIZE * 2 + 7;
		List<Long> ids = this.transactions.execute((status) -> {
			List<Long> created = new java.util.ArrayList<>();
			for (int i = 0; i < records; i++) {
				AuditedSample sample = new AuditedSample(prefix + " " + i);
				this.entityManager.persist(sample);
				created.add(sample.getId());
			}
			return created;
		});

		for (int i : List.of(0, AuditWriterBatch.SIZE - 1, AuditWriterBatch.SIZE, records - 1)) {
			List<AuditEntryView> history = this.trail.historyOf(AuditedSample.TYPE, ids.get(i));
			assertThat(history).hasSize(1);
			assertThat(newValues(history.get(0))).containsEntry("name", prefix + " " + i);
		}
	}

	@Test
	void historyIsNewestFirstAndSearchFilters() {
		String name = AuditFixtures.unique("search");
		long id = this.samples.create(name, (sample) -> {
		});
		AuditFixtures.signIn("carla", "ADMIN");
		this.samples.update(id, (sample) -> sample.setNotes("Contacted the mayor's office"));
		this.samples.delete(id);

		assertThat(this.trail.historyOf(AuditedSample.TYPE, id)).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(this.trail.historyOf(AuditedSample.TYPE, String.valueOf(id))).hasSize(3);
		assertThat(search(new AuditQuery("carla", AuditedSample.TYPE, Long.toString(id), null, null, null, null)))
			.extracting(AuditEntryView::action)
			.containsExactly(AuditAction.DELETE, AuditAction.UPDATE);
		assertThat(search(
				new AuditQuery(null, AuditedSample.TYPE, Long.toString(id), AuditAction.UPDATE, null, null, null)))
			.hasSize(1);
		assertThat(search(new AuditQuery(null, AuditedSample.TYPE, null, null, null, null, "MAYOR'S OFF")))
			.extracting(AuditEntryView::entityId)
			.containsOnly(Long.toString(id));
		assertThat(search(
				new AuditQuery(null, null, Long.toString(id), null, Instant.now().plusSeconds(3600), null, null)))
			.isEmpty();
		assertThat(search(
				new AuditQuery(null, null, Long.toString(id), null, null, Instant.now().minusSeconds(3600), null)))
			.isEmpty();
		assertThat(search(new AuditQuery(null, null, null, null, null, null, "100%_!"))).isEmpty();
		assertThat(this.trail.entityTypes()).contains(AuditedSample.TYPE);
		assertThat(this.trail.usernames()).contains("carla");
	}

	@Test
	void searchPagesNewestOrOldestFirst() {
		String name = AuditFixtures.unique("paging");
		long id = this.samples.create(name, (sample) -> {
		});
		for (int i = 1; i <= 4; i++) {
			int round = i;
			this.samples.update(id, (sample) -> sample.setNotes("round " + round));
		}
		AuditQuery query = new AuditQuery(null, AuditedSample.TYPE, Long.toString(id), null, null, null, null);

		AuditPage first = this.trail.search(query, 0, 2, false);
		AuditPage last = this.trail.search(query, 2, 2, false);
		AuditPage oldest = this.trail.search(query, 0, 2, true);

		assertThat(first.totalElements()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3L);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.entries().get(0).changes())
			.containsExactly(new AuditFieldChange("notes", "round 3", "round 4"));
		assertThat(last.entries()).extracting(AuditEntryView::action).containsExactly(AuditAction.CREATE);
		assertThat(last.hasNext()).isFalse();
		assertThat(oldest.entries().get(0).action()).isEqualTo(AuditAction.CREATE);
	}

	private List<AuditEntryView> search(AuditQuery query) {
		return this.trail.search(query, 0, 50, false).entries();
	}

	private List<String> allFieldsOf(long id) {
		return this.trail.historyOf(AuditedSample.TYPE, id)
			.stream()
			.flatMap((entry) -> entry.changes().stream())
			.map(AuditFieldChange::field)
			.toList();
	}

	private static Map<String, String> newValues(AuditEntryView entry) {
		return entry.changes().stream().collect(Collectors.toMap(AuditFieldChange::field, AuditFieldChange::newValue));
	}

}
