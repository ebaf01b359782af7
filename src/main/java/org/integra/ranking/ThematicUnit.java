package org.integra.ranking;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.Audited;
import org.integra.system.LocalizedName;

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

	@Embedded
	private LocalizedName names;

	private String description;

	@Column(nullable = false)
	private boolean active = true;

	private String source;

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
