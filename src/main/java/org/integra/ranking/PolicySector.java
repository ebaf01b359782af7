package org.integra.ranking;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.integra.system.LocalizedName;

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

	@Embedded
	@AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
	private LocalizedName names;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "policy_sector_unit", joinColumns = @JoinColumn(name = "sector_id"))
	@Column(name = "thematic_unit_id", nullable = false)
	private Set<Long> unitIds = new TreeSet<>();

	@Version
	private long version;

	/** The name in that language, falling back to Spanish. */
	public String name(Locale locale) {
		return this.names.name(locale);
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

	public LocalizedName getNames() {
		return this.names;
	}

	public void setNames(LocalizedName names) {
		this.names = names;
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
