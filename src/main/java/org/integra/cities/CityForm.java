package org.integra.cities;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.integra.system.SingleLine;

/**
 * What a user or an API client sends to create or change a city. A mutable bean, so that
 * a form re-shown after an error keeps every value typed, even an invalid one.
 */
public class CityForm {

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String name;

	@Size(max = 4000)
	private String alternativeNames;

	@NotBlank
	@Size(max = 2)
	private String country;

	@Size(max = 200)
	private String admin1;

	@PositiveOrZero
	@Max(10_000_000_000L)
	private Long population;

	@Min(1500)
	@Max(2100)
	private Integer populationYear;

	@Size(max = 2000)
	private String populationSource;

	@DecimalMin("-90")
	@DecimalMax("90")
	@Digits(integer = 3, fraction = 10)
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	@Digits(integer = 3, fraction = 10)
	private BigDecimal longitude;

	@NotNull
	private CapitalStatus capitalStatus = CapitalStatus.NONE;

	@NotNull
	private Seaport seaport = Seaport.UNKNOWN;

	@PositiveOrZero
	private Long geonamesId;

	@NotNull
	private NetworkRelation networkRelation = NetworkRelation.NONE;

	@Min(1995)
	@Max(2100)
	private Integer memberSince;

	/** The version the user loaded; {@code null} when creating. */
	private Long version;

	public static CityForm of(City city) {
		CityForm form = new CityForm();
		form.name = city.getName();
		form.alternativeNames = city.getAlternativeNames();
		form.country = city.getCountry().getCode();
		form.admin1 = city.getAdmin1();
		form.population = city.getPopulation();
		form.populationYear = city.getPopulationYear();
		form.populationSource = city.getPopulationSource();
		form.latitude = city.getLatitude();
		form.longitude = city.getLongitude();
		form.capitalStatus = city.getCapitalStatus();
		form.seaport = city.getSeaport();
		form.geonamesId = city.getGeonamesId();
		form.networkRelation = city.getNetworkRelation();
		form.memberSince = city.getMemberSince();
		form.version = city.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAlternativeNames() {
		return this.alternativeNames;
	}

	public void setAlternativeNames(String alternativeNames) {
		this.alternativeNames = alternativeNames;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getAdmin1() {
		return this.admin1;
	}

	public void setAdmin1(String admin1) {
		this.admin1 = admin1;
	}

	public Long getPopulation() {
		return this.population;
	}

	public void setPopulation(Long population) {
		this.population = population;
	}

	public Integer getPopulationYear() {
		return this.populationYear;
	}

	public void setPopulationYear(Integer populationYear) {
		this.populationYear = populationYear;
	}

	public String getPopulationSource() {
		return this.populationSource;
	}

	public void setPopulationSource(String populationSource) {
		this.populationSource = populationSource;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public CapitalStatus getCapitalStatus() {
		return this.capitalStatus;
	}

	public void setCapitalStatus(CapitalStatus capitalStatus) {
		this.capitalStatus = capitalStatus;
	}

	public Seaport getSeaport() {
		return this.seaport;
	}

	public void setSeaport(Seaport seaport) {
		this.seaport = seaport;
	}

	public Long getGeonamesId() {
		return this.geonamesId;
	}

	public void setGeonamesId(Long geonamesId) {
		this.geonamesId = geonamesId;
	}

	public NetworkRelation getNetworkRelation() {
		return this.networkRelation;
	}

	public void setNetworkRelation(NetworkRelation networkRelation) {
		this.networkRelation = networkRelation;
	}

	public Integer getMemberSince() {
		return this.memberSince;
	}

	public void setMemberSince(Integer memberSince) {
		this.memberSince = memberSince;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
