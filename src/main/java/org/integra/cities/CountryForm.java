package org.integra.cities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.integra.system.SingleLine;

/**
 * A new country as an administrator enters it: its ISO 3166-1 alpha-2 code, its names in
 * the three languages, region and relation to Mercosur.
 */
public class CountryForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z]{2}")
	private String code;

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String nameEs;

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String namePt;

	@NotBlank
	@Size(max = 100)
	@SingleLine
	private String nameEn;

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

	public String getNameEs() {
		return this.nameEs;
	}

	public void setNameEs(String nameEs) {
		this.nameEs = nameEs;
	}

	public String getNamePt() {
		return this.namePt;
	}

	public void setNamePt(String namePt) {
		this.namePt = namePt;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
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
