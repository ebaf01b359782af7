package org.integra.directory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.integra.directory.RelationshipForm;
import org.integra.directory.RelationshipRules;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page's form for a new relationship of one organization: the kind read from this
 * organization or from the other one, the other organization, dates and note.
 */
public class RelationshipPageForm {

	@NotBlank
	private String kind;

	@NotNull
	private Long otherOrganizationId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@Size(max = RelationshipRules.NOTE_MAX)
	private String note;

	/**
	 * The relationship this form describes for the organization, or null if the kind is
	 * unknown.
	 */
	RelationshipForm toForm(long organizationId) {
		return RelationshipRules.parseChoice(this.kind).map((choice) -> {
			RelationshipForm form = new RelationshipForm();
			form.setKind(choice.kind());
			form.setFromOrganizationId(choice.inverse() ? this.otherOrganizationId : organizationId);
			form.setToOrganizationId(choice.inverse() ? organizationId : this.otherOrganizationId);
			form.setStartsOn(this.startsOn);
			form.setEndsOn(this.endsOn);
			form.setNote(this.note);
			return form;
		}).orElse(null);
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public Long getOtherOrganizationId() {
		return this.otherOrganizationId;
	}

	public void setOtherOrganizationId(Long otherOrganizationId) {
		this.otherOrganizationId = otherOrganizationId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
