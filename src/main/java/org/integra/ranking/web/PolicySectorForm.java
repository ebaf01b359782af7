package org.integra.ranking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.integra.ranking.PolicySector;
import org.integra.system.LocalizedNameForm;

/**
 * What a coordinator types to create or change a policy sector: its code, names and the
 * thematic units that cover it.
 */
public class PolicySectorForm extends LocalizedNameForm.EnglishRequired {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9_]{1,40}")
	private String code;

	@Size(max = 200)
	private List<Long> units = new ArrayList<>();

	private long version;

	static PolicySectorForm of(PolicySector sector) {
		PolicySectorForm form = new PolicySectorForm();
		form.code = sector.getCode();
		form.setNames(sector.getNames());
		form.units = new ArrayList<>(sector.getUnitIds());
		form.version = sector.getVersion();
		return form;
	}

	/** Copies the form; unit ids not in {@code knownUnits} are dropped. */
	void applyTo(PolicySector sector, java.util.Set<Long> knownUnits) {
		sector.setCode(this.code.trim());
		sector.setNames(toNames());
		sector.setUnitIds(new TreeSet<>(this.units.stream().filter(knownUnits::contains).toList()));
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public List<Long> getUnits() {
		return this.units;
	}

	public void setUnits(List<Long> units) {
		this.units = (units == null) ? new ArrayList<>() : units;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
