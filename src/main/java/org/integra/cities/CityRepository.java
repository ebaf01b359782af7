package org.integra.cities;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CityRepository extends JpaRepository<City, Long>, JpaSpecificationExecutor<City> {

	boolean existsByGeonamesId(long geonamesId);

	boolean existsByGeonamesIdAndIdNot(long geonamesId, long id);

	List<City> findByNetworkRelationOrderByNameSearch(NetworkRelation relation);

	List<City> findByCountryCodeAndCapitalStatus(String countryCode, CapitalStatus capitalStatus);

}
