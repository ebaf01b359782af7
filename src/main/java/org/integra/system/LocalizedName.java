package org.integra.system;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A record's name in Spanish, Portuguese and English, embedded in the entity's own table.
 * Each entity maps the three parts onto its columns with {@code @AttributeOverrides}.
 */
@Embeddable
public class LocalizedName {

	@Column(name = "name_es", nullable = false)
	private String es;

	@Column(name = "name_pt", nullable = false)
	private String pt;

	@Column(name = "name_en")
	private String en;

	protected LocalizedName() {
	}

	public LocalizedName(String es, String pt, String en) {
		this.es = es;
		this.pt = pt;
		this.en = en;
	}

	/**
	 * The name in the given language; Spanish for other languages, for no language, and
	 * where the name in that language is missing (English is optional on some records).
	 */
	public String name(Locale locale) {
		String name = switch ((locale == null) ? "es" : locale.getLanguage()) {
			case "pt" -> this.pt;
			case "en" -> this.en;
			default -> this.es;
		};
		return (name == null || name.isBlank()) ? this.es : name;
	}

	public String getEs() {
		return this.es;
	}

	public String getPt() {
		return this.pt;
	}

	public String getEn() {
		return this.en;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof LocalizedName name && Objects.equals(this.es, name.es)
				&& Objects.equals(this.pt, name.pt) && Objects.equals(this.en, name.en));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.es, this.pt, this.en);
	}

	@Override
	public String toString() {
		return this.es;
	}

}
