package org.integra.cities;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;

/**
 * A city the network knows about. The folded search columns follow the name and the
 * alternative names on every change.
 */
@Entity
@Table(name = "city")
@Audited(value = "City", label = "name")
public class City {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "alternative_names")
	private String alternativeNames;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "country_code", nullable = false)
	private Country country;

	@Column(name = "admin1")
	private String admin1;

	private Long population;

	@Column(name = "population_year")
	private Integer populationYear;

	@Column(name = "population_source")
	private String populationSource;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Enumerated(EnumType.STRING)
	@Column(name = "capital_status", nullable = false)
	private CapitalStatus capitalStatus = CapitalStatus.NONE;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Seaport seaport = Seaport.UNKNOWN;

	@Column(name = "geonames_id")
	private Long geonamesId;

	@Enumerated(EnumType.STRING)
	@Column(name = "network_relation", nullable = false)
	private NetworkRelation networkRelation = NetworkRelation.NONE;

	@Column(name = "member_since")
	private Integer memberSince;

	@AuditIgnored
	@Column(name = "name_search", nullable = false)
	private String nameSearch;

	@AuditIgnored
	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@AuditIgnored
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected City() {
	}

	public City(String name, Country country, Instant now) {
		this.country = country;
		this.createdAt = now;
		this.updatedAt = now;
		rename(name, null);
	}

	/**
	 * Changes the name and the alternative names, and with them the search columns.
	 */
	public void rename(String name, String alternativeNames) {
		this.name = name;
		this.alternativeNames = alternativeNames;
		this.nameSearch = CityRules.nameSearch(name);
		this.searchText = CityRules.searchText(name, alternativeNames);
	}

	public void locate(Country country, String admin1, BigDecimal latitude, BigDecimal longitude) {
		this.country = country;
		this.admin1 = admin1;
		this.latitude = CityRules.coordinate(latitude);
		this.longitude = CityRules.coordinate(longitude);
	}

	public void describePopulation(Long population, Integer year, String source) {
		this.population = population;
		this.populationYear = year;
		this.populationSource = source;
	}

	public void classify(CapitalStatus capitalStatus, Seaport seaport, Long geonamesId) {
		this.capitalStatus = capitalStatus;
		this.seaport = seaport;
		this.geonamesId = geonamesId;
	}

	public void relate(NetworkRelation relation, Integer memberSince) {
		this.networkRelation = relation;
		this.memberSince = (relation == NetworkRelation.MEMBER) ? memberSince : null;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public boolean hasCoordinates() {
		return this.latitude != null && this.longitude != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getAlternativeNames() {
		return this.alternativeNames;
	}

	public java.util.List<String> getAlternativeNameList() {
		return CityRules.splitAlternativeNames(this.alternativeNames);
	}

	public Country getCountry() {
		return this.country;
	}

	public String getAdmin1() {
		return this.admin1;
	}

	public Long getPopulation() {
		return this.population;
	}

	public Integer getPopulationYear() {
		return this.populationYear;
	}

	public String getPopulationSource() {
		return this.populationSource;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public CapitalStatus getCapitalStatus() {
		return this.capitalStatus;
	}

	public Seaport getSeaport() {
		return this.seaport;
	}

	public Long getGeonamesId() {
		return this.geonamesId;
	}

	public NetworkRelation getNetworkRelation() {
		return this.networkRelation;
	}

	public Integer getMemberSince() {
		return this.memberSince;
	}

	public String getNameSearch() {
		return this.nameSearch;
	}

	public String getSearchText() {
		return this.searchText;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
