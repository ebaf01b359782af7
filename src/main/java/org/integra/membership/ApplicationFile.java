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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One uploaded version of an application's document: the file as given (its cleaned
 * name), the type detected from its content, its size, SHA-256 checksum and bytes, who
 * uploaded it and when. Never changed once stored; a new upload of the same kind is the
 * next version. Lists read {@link DocumentVersion}s, without the bytes.
 */
@Entity
@Table(name = "membership_document_file")
class ApplicationFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DocumentKind kind;

	@Column(nullable = false, updatable = false)
	private int version;

	@Column(nullable = false, updatable = false)
	private String filename;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	@Column(nullable = false, updatable = false)
	private String sha256;

	// binary varying (bytea) on both databases: past its default length Hibernate
	// would expect a blob
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	protected ApplicationFile() {
	}

	ApplicationFile(long applicationId, DocumentKind kind, int version, String filename, String contentType,
			String sha256, byte[] content, String uploadedBy, Instant uploadedAt) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.version = version;
		this.filename = filename;
		this.contentType = contentType;
		this.size = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return this.id;
	}

	long getApplicationId() {
		return this.applicationId;
	}

	String getFilename() {
		return this.filename;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content.clone();
	}

	DocumentVersion toVersion(boolean current) {
		return new DocumentVersion(this.id, this.kind, this.version, this.filename, this.contentType, this.size,
				this.sha256, this.uploadedBy, this.uploadedAt, current);
	}

}
