package org.integra.ranking;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.Audited;

/**
 * One of the network's thematic units; a city's priority sectors are chosen among them.
 */
@Entity
@EntityListeners(RankingChanges.class)
@Table(name = "thematic_unit")
@Audited(value = "ThematicUnit", label = "code")
public class ThematicUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_es", nullable = false)
	private String nameEs;

	@Column(name = "name_pt", nullable = false)
	private String namePt;

	@Column(name = "name_en")
	private String nameEn;

	private String description;

	@Column(nullable = false)
	private boolean active = true;

	private String source;

	@Version
	private long version;

	public String name(Locale locale) {
		return switch (locale == null ? "es" : locale.getLanguage()) {
			case "pt" -> this.namePt;
			case "en" -> (this.nameEn == null || this.nameEn.isBlank()) ? this.nameEs : this.nameEn;
			default -> this.nameEs;
		};
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public long getVersion() {
		return this.version;
	}

}
