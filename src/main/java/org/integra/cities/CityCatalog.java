package org.integra.cities;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * The cities module's API for other modules, e.g. to bind a mentor to a member city.
 */
@NamedInterface(name = "api", propagate = false)
public interface CityCatalog {

	/** The city with that id, if it exists. */
	Optional<CitySummary> find(long id);

	/**
	 * The cities with these ids that exist, by id, in one query (e.g. for a board of
	 * cards).
	 */
	Map<Long, CitySummary> findAll(Collection<Long> ids);

	/** The member cities of the network, sorted by name. */
	List<CitySummary> memberCities();

	/** The candidate cities of the network, sorted by name. */
	List<CitySummary> candidateCities();

	/**
	 * The national capital of the country, if exactly one city of that country is
	 * recorded as its national capital.
	 */
	Optional<CitySummary> nationalCapital(String countryCode);

	/**
	 * The cities with those ids as points (with their coordinates, when known); ids of no
	 * city are left out.
	 */
	List<CityPoint> points(Collection<Long> ids);

	/**
	 * Makes a city a candidate of the network, unless it is a member already.
	 * @return whether the relation changed
	 */
	boolean markCandidate(long cityId);

}
