package org.integra.ranking;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.Audited;

/**
 * A municipal policy sector (education, mobility, …) and the thematic units that cover
 * it. Cities name their priority sectors among these; the mapping to units is the
 * project's reading of the units' names, editable by coordinators.
 */
@Entity
@EntityListeners(RankingChanges.class)
@Table(name = "policy_sector")
@Audited(value = "PolicySector", label = "code")
public class PolicySector {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_es", nullable = false)
	private String nameEs;

	@Column(name = "name_pt", nullable = false)
	private String namePt;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "policy_sector_unit", joinColumns = @JoinColumn(name = "sector_id"))
	@Column(name = "thematic_unit_id", nullable = false)
	private Set<Long> unitIds = new TreeSet<>();

	@Version
	private long version;

	public String name(Locale locale) {
		return switch (locale == null ? "es" : locale.getLanguage()) {
			case "pt" -> this.namePt;
			case "en" -> this.nameEn;
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

	/** The thematic units covering this sector, by id. */
	public Set<Long> getUnitIds() {
		return java.util.Collections.unmodifiableSet(this.unitIds);
	}

	public void setUnitIds(Set<Long> unitIds) {
		this.unitIds.clear();
		this.unitIds.addAll(unitIds);
	}

	public long getVersion() {
		return this.version;
	}

}
