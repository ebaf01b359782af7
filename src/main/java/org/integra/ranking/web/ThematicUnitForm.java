package org.integra.ranking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.integra.ranking.ThematicUnit;
import org.integra.system.LocalizedNameForm;

/**
 * What a coordinator types to create or change a thematic unit.
 */
public class ThematicUnitForm extends LocalizedNameForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9_]{1,40}")
	private String code;

	@Size(max = 4000)
	private String description;

	@Size(max = 2000)
	private String source;

	private boolean active = true;

	private long version;

	static ThematicUnitForm of(ThematicUnit unit) {
		ThematicUnitForm form = new ThematicUnitForm();
		form.code = unit.getCode();
		form.setNames(unit.getNames());
		form.description = unit.getDescription();
		form.source = unit.getSource();
		form.active = unit.isActive();
		form.version = unit.getVersion();
		return form;
	}

	void applyTo(ThematicUnit unit) {
		unit.setCode(this.code.trim());
		unit.setNames(toNames());
		unit.setDescription(blankToNull(this.description));
		unit.setSource(blankToNull(this.source));
		unit.setActive(this.active);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
