package org.integra.portal;

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

import org.integra.audit.Audited;

/**
 * The text of one portal section in one language, in Markdown.
 */
@Entity
@Table(name = "portal_text")
@Audited(value = "PortalText", label = "section")
public class PortalText {

	/** The longest text accepted, in characters (the column's size). */
	public static final int MAX_LENGTH = 20000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private PortalSection section;

	@Column(nullable = false, updatable = false)
	private String language;

	@Column(nullable = false)
	private String body;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected PortalText() {
	}

	PortalText(PortalSection section, String language, String body, String user, Instant now) {
		this.section = section;
		this.language = language;
		this.body = body;
		this.updatedBy = user;
		this.updatedAt = now;
	}

	void rewrite(String body, String user, Instant now) {
		this.body = body;
		this.updatedBy = user;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public PortalSection getSection() {
		return this.section;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getBody() {
		return this.body;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
