package org.integra.directory;

import java.time.Instant;
import java.time.LocalDate;

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

/**
 * A typed, dated relationship from one organization to another, read from the first: "A
 * is a member of B".
 */
@Entity
@Table(name = "directory_relationship")
@Audited(value = "Relationship", label = "kind")
public class Relationship {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "from_organization_id", nullable = false)
	private long fromOrganizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RelationshipKind kind;

	@Column(name = "to_organization_id", nullable = false)
	private long toOrganizationId;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private String note;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@AuditIgnored
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Relationship() {
	}

	public Relationship(RelationshipRules.Link link, String note, String createdBy, Instant now) {
		this.fromOrganizationId = link.fromId();
		this.kind = link.kind();
		this.toOrganizationId = link.toId();
		this.startsOn = link.startsOn();
		this.endsOn = link.endsOn();
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public RelationshipRules.Link link() {
		return new RelationshipRules.Link(this.fromOrganizationId, this.kind, this.toOrganizationId, this.startsOn,
				this.endsOn);
	}

	void repoint(long mergedId, long keptId) {
		RelationshipRules.Link moved = link().repointed(mergedId, keptId);
		this.fromOrganizationId = moved.fromId();
		this.toOrganizationId = moved.toId();
	}

	public Long getId() {
		return this.id;
	}

	public long getFromOrganizationId() {
		return this.fromOrganizationId;
	}

	public RelationshipKind getKind() {
		return this.kind;
	}

	public long getToOrganizationId() {
		return this.toOrganizationId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
