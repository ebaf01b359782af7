package org.integra.membership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.integra.audit.Audited;

/**
 * A document of an application on file, as the team noted it: which kind, by whom, when.
 * Noted by hand, or by uploading its file ({@link ApplicationFiles}): then it points at
 * the current (latest) {@link DocumentVersion}, and the earlier versions are kept.
 */
@Entity
@Table(name = "membership_application_document")
@Audited(value = "MembershipDocument", label = "kind")
public class ApplicationDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DocumentKind kind;

	@Column(name = "noted_by", nullable = false)
	private String notedBy;

	@Column(name = "noted_at", nullable = false)
	private Instant notedAt;

	@Column(name = "current_file_id")
	private Long currentFileId;

	protected ApplicationDocument() {
	}

	ApplicationDocument(long applicationId, DocumentKind kind, String notedBy, Instant notedAt) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.notedBy = notedBy;
		this.notedAt = notedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getApplicationId() {
		return this.applicationId;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public String getNotedBy() {
		return this.notedBy;
	}

	public Instant getNotedAt() {
		return this.notedAt;
	}

	/**
	 * The id of its current uploaded file; null when it was only noted, with no upload.
	 */
	public Long getCurrentFileId() {
		return this.currentFileId;
	}

	void fileStored(long fileId, String by, Instant at) {
		this.currentFileId = fileId;
		this.notedBy = by;
		this.notedAt = at;
	}

}
