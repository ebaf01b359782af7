package org.integra.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.integra.system.SingleLine;

/**
 * What a user or an API client sends to create or change an organization.
 */
public class OrganizationForm {

	@NotBlank
	@Size(max = 300)
	@SingleLine
	private String name;

	@NotNull
	private OrganizationKind kind;

	@Size(max = 2)
	private String countryCode;

	@Size(max = 2)
	private String hostCountryCode;

	@Size(max = 200)
	@SingleLine
	private String hostCityName;

	@Positive
	private Long cityId;

	@Size(max = 500)
	@SingleLine
	private String website;

	@Size(max = 4000)
	private String notes;

	private Long version;

	public static OrganizationForm of(Organization organization) {
		OrganizationForm form = new OrganizationForm();
		form.name = organization.getName();
		form.kind = organization.getKind();
		form.countryCode = organization.getCountryCode();
		form.hostCountryCode = organization.getHostCountryCode();
		form.hostCityName = organization.getHostCityName();
		form.cityId = organization.getCityId();
		form.website = organization.getWebsite();
		form.notes = organization.getNotes();
		form.version = organization.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getHostCountryCode() {
		return this.hostCountryCode;
	}

	public void setHostCountryCode(String hostCountryCode) {
		this.hostCountryCode = hostCountryCode;
	}

	public String getHostCityName() {
		return this.hostCityName;
	}

	public void setHostCityName(String hostCityName) {
		this.hostCityName = hostCityName;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public void setCityId(Long cityId) {
		this.cityId = cityId;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
