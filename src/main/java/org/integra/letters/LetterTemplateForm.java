package org.integra.letters;

/**
 * What a user enters for a template.
 */
public class LetterTemplateForm {

	private String name;

	private TemplatePurpose purpose;

	private TemplateKind kind;

	private String language;

	private String subject;

	private String body;

	private Long version;

	public static LetterTemplateForm of(LetterTemplate template) {
		LetterTemplateForm form = new LetterTemplateForm();
		form.name = template.getName();
		form.purpose = template.getPurpose();
		form.kind = template.getKind();
		form.language = template.getLanguage();
		form.subject = template.getSubject();
		form.body = template.getBody();
		form.version = template.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TemplatePurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(TemplatePurpose purpose) {
		this.purpose = purpose;
	}

	public TemplateKind getKind() {
		return this.kind;
	}

	public void setKind(TemplateKind kind) {
		this.kind = kind;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
