package org.integra.cities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.integra.system.LocalizedNameForm;

/**
 * A new country as an administrator enters it: its ISO 3166-1 alpha-2 code, its names in
 * the three languages, region and relation to Mercosur.
 */
public class CountryForm extends LocalizedNameForm.EnglishRequired {

	@NotBlank
	@Pattern(regexp = "[A-Za-z]{2}")
	private String code;

	@NotNull
	private Region region;

	@NotNull
	private MercosurRelation mercosurRelation = MercosurRelation.OTHER;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.strip() : null;
	}

	// the columns of the country table hold 100 characters
	@Override
	@Size(max = 100)
	public String getNameEs() {
		return super.getNameEs();
	}

	@Override
	@Size(max = 100)
	public String getNamePt() {
		return super.getNamePt();
	}

	@Override
	@Size(max = 100)
	public String getNameEn() {
		return super.getNameEn();
	}

	public Region getRegion() {
		return this.region;
	}

	public void setRegion(Region region) {
		this.region = region;
	}

	public MercosurRelation getMercosurRelation() {
		return this.mercosurRelation;
	}

	public void setMercosurRelation(MercosurRelation mercosurRelation) {
		this.mercosurRelation = mercosurRelation;
	}

}
