package org.integra.letters;

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

/**
 * A letter or e-mail template in one language, with fields such as {@code {{city}}}.
 */
@Entity
@Table(name = "letter_template")
@Audited(value = "LetterTemplate", label = "name")
public class LetterTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TemplatePurpose purpose;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TemplateKind kind;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Version
	private long version;

	@AuditIgnored
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@AuditIgnored
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected LetterTemplate() {
	}

	LetterTemplate(LetterTemplateForm form, Instant now) {
		apply(form, now);
		this.createdAt = now;
	}

	void apply(LetterTemplateForm form, Instant now) {
		this.name = form.getName();
		this.purpose = form.getPurpose();
		this.kind = form.getKind();
		this.language = form.getLanguage();
		this.subject = form.getSubject();
		this.body = form.getBody();
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public TemplatePurpose getPurpose() {
		return this.purpose;
	}

	public TemplateKind getKind() {
		return this.kind;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
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
