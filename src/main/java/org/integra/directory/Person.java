package org.integra.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;
import org.integra.system.SearchText;

/**
 * A person of the directory, optionally working in an organization.
 */
@Entity
@Table(name = "directory_person")
@Audited(value = "Person", label = "name")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	private String position;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	private String email;

	private String phone;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	private String notes;

	@AuditIgnored
	@Column(name = "name_search", nullable = false)
	private String nameSearch;

	@Version
	private long version;

	@AuditIgnored
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@AuditIgnored
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Person() {
	}

	public Person(String name, Instant now) {
		rename(name);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void rename(String name) {
		this.name = name;
		this.nameSearch = SearchText.normalize(name);
	}

	public void employ(Organization organization, String position) {
		this.organization = organization;
		this.position = position;
	}

	public void reach(String email, String phone, String preferredLanguage, String notes) {
		this.email = email;
		this.phone = phone;
		this.preferredLanguage = preferredLanguage;
		this.notes = notes;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getPosition() {
		return this.position;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public String getNotes() {
		return this.notes;
	}

	public long getVersion() {
		return this.version;
	}

}
