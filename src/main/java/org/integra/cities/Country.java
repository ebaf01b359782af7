package org.integra.cities;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.integra.system.LocalizedName;

/**
 * A country of Latin America or the Caribbean, identified by its ISO 3166-1 alpha-2 code.
 * The migration that creates the list holds Latin America and the Caribbean; an
 * administrator adds others (for instance one a GeoNames file has and Integra did not
 * know).
 */
@Entity
@Table(name = "country")
public class Country {

	@Id
	private String code;

	@Embedded
	@AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
	private LocalizedName names;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Region region;

	@Enumerated(EnumType.STRING)
	@Column(name = "mercosur_relation", nullable = false)
	private MercosurRelation mercosurRelation;

	protected Country() {
	}

	Country(String code, LocalizedName names, Region region, MercosurRelation mercosurRelation) {
		this.code = code;
		this.names = names;
		this.region = region;
		this.mercosurRelation = mercosurRelation;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getNames() {
		return this.names;
	}

	/**
	 * Countries in the order of their names in that language ("Brasil" before "Chile").
	 */
	public static Comparator<Country> byName(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return Comparator.comparing((Country country) -> country.name(locale), collator)
			.thenComparing(Country::getCode);
	}

	/**
	 * The name in the given language; Spanish for languages without a name of their own.
	 */
	public String name(Locale locale) {
		return this.names.name(locale);
	}

	public Region getRegion() {
		return this.region;
	}

	public MercosurRelation getMercosurRelation() {
		return this.mercosurRelation;
	}

}
