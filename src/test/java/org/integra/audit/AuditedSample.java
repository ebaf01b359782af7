package org.integra.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Test only: an audited entity with the kinds of values domain entities have.
 */
@Entity
@Table(name = "audited_sample")
@Audited(value = AuditedSample.TYPE, label = "name")
public class AuditedSample {

	public static final String TYPE = "Sample";

	public enum Status {

		DRAFT, ACTIVE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.DRAFT;

	@Column(name = "due_date")
	private LocalDate dueDate;

	private BigDecimal amount;

	@Column(length = 20000)
	private String notes;

	@AuditIgnored
	private String secret;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private AuditedSample parent;

	@Embedded
	private Contact contact;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "audited_sample_tag", joinColumns = @JoinColumn(name = "sample_id"))
	@Column(name = "tag")
	private Set<String> tags = new HashSet<>();

	protected AuditedSample() {
	}

	public AuditedSample(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public void setParent(AuditedSample parent) {
		this.parent = parent;
	}

	public Set<String> getTags() {
		return this.tags;
	}

	public void setContact(Contact contact) {
		this.contact = contact;
	}

	@Embeddable
	public static class Contact {

		@Column(name = "contact_email")
		private String email;

		@AuditIgnored
		@Column(name = "contact_pin")
		private String pin;

		protected Contact() {
		}

		public Contact(String email, String pin) {
			this.email = email;
			this.pin = pin;
		}

	}

}
