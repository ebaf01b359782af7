package org.integra.cities;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountryRepository extends JpaRepository<Country, String> {

	List<Country> findAllByOrderByCode();

}
