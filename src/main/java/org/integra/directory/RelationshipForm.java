package org.integra.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new relationship as typed: from one organization, of a kind, to another, with
 * optional dates and note.
 */
public class RelationshipForm {

	@NotNull
	private Long fromOrganizationId;

	@NotNull
	private RelationshipKind kind;

	@NotNull
	private Long toOrganizationId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@Size(max = RelationshipRules.NOTE_MAX)
	private String note;

	public Long getFromOrganizationId() {
		return this.fromOrganizationId;
	}

	public void setFromOrganizationId(Long fromOrganizationId) {
		this.fromOrganizationId = fromOrganizationId;
	}

	public RelationshipKind getKind() {
		return this.kind;
	}

	public void setKind(RelationshipKind kind) {
		this.kind = kind;
	}

	public Long getToOrganizationId() {
		return this.toOrganizationId;
	}

	public void setToOrganizationId(Long toOrganizationId) {
		this.toOrganizationId = toOrganizationId;
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
