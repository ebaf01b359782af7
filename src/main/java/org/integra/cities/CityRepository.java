package org.integra.cities;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CityRepository extends JpaRepository<City, Long>, JpaSpecificationExecutor<City> {

	boolean existsByGeonamesId(long geonamesId);

	boolean existsByGeonamesIdAndIdNot(long geonamesId, long id);

	List<City> findByNetworkRelationOrderByNameSearch(NetworkRelation relation);

	List<City> findByCountryCodeAndCapitalStatus(String countryCode, CapitalStatus capitalStatus);

	/** The cities with these ids and their countries, in one query. */
	@Query("select c from City c join fetch c.country where c.id in ?1")
	List<City> findWithCountryByIdIn(Collection<Long> ids);

}
