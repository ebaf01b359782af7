package org.integra.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;
import org.integra.system.SearchText;

/**
 * An organization of the directory. The folded name follows the name on every change.
 */
@Entity
@Table(name = "directory_organization")
@Audited(value = "Organization", label = "name")
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganizationKind kind;

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "host_country_code")
	private String hostCountryCode;

	@Column(name = "host_city_name")
	private String hostCityName;

	@Column(name = "city_id")
	private Long cityId;

	private String website;

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

	protected Organization() {
	}

	public Organization(String name, OrganizationKind kind, Instant now) {
		rename(name, kind);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void rename(String name, OrganizationKind kind) {
		this.name = name;
		this.kind = kind;
		this.nameSearch = SearchText.normalize(name);
	}

	public void place(String countryCode, String hostCountryCode, String hostCityName, Long cityId) {
		this.countryCode = countryCode;
		this.hostCountryCode = hostCountryCode;
		this.hostCityName = hostCityName;
		this.cityId = cityId;
	}

	public void describe(String website, String notes) {
		this.website = website;
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

	public OrganizationKind getKind() {
		return this.kind;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getHostCountryCode() {
		return this.hostCountryCode;
	}

	public String getHostCityName() {
		return this.hostCityName;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getNotes() {
		return this.notes;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
