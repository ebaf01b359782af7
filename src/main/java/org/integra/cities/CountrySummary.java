package org.integra.cities;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import org.integra.system.LocalizedName;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules need to name a country and offer it in a select.
 *
 * @param code its ISO 3166-1 alpha-2 code
 * @param nameEs its name in Spanish
 * @param namePt its name in Portuguese
 * @param nameEn its name in English
 * @param mercosurRelation its relation to Mercosur
 */
@NamedInterface(name = "api", propagate = false)
public record CountrySummary(String code, String nameEs, String namePt, String nameEn,
		MercosurRelation mercosurRelation) {

	static CountrySummary of(Country country) {
		LocalizedName names = country.getNames();
		return new CountrySummary(country.getCode(), names.getEs(), names.getPt(), names.getEn(),
				country.getMercosurRelation());
	}

	/**
	 * The name in the given language; Spanish for languages without a name of their own.
	 */
	public String name(Locale locale) {
		return new LocalizedName(this.nameEs, this.namePt, this.nameEn).name(locale);
	}

	/**
	 * Countries in the order of their names in that language ("Brasil" before "Chile").
	 */
	public static Comparator<CountrySummary> byName(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return Comparator.comparing((CountrySummary country) -> country.name(locale), collator)
			.thenComparing(CountrySummary::code);
	}

}
