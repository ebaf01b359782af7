package org.integra.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.integra.system.SingleLine;

/**
 * What a user or an API client sends to create or change a person.
 */
public class PersonForm {

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String name;

	@Size(max = 200)
	@SingleLine
	private String position;

	@Positive
	private Long organizationId;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 50)
	@SingleLine
	private String phone;

	@Size(max = 2)
	private String preferredLanguage;

	@Size(max = 4000)
	private String notes;

	private Long version;

	public static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.name = person.getName();
		form.position = person.getPosition();
		form.organizationId = (person.getOrganization() != null) ? person.getOrganization().getId() : null;
		form.email = person.getEmail();
		form.phone = person.getPhone();
		form.preferredLanguage = person.getPreferredLanguage();
		form.notes = person.getNotes();
		form.version = person.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
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
