-- PostgreSQL only (Flyway location db/vendor/{vendor}). The city list sorts by one column,
-- empty values last in both directions, then by the folded name and the id so that pages
-- are stable (CitySort). Each index below has exactly that order for one column and one
-- direction, so that PostgreSQL reads a page from the index (nested loop to country)
-- instead of sorting every matching city. The null ordering is written out. The ascending
-- indexes replace the single-column ones of V5: their first column still serves the filters
-- by country, relation and population.
--
-- Not on H2: its planner joins country first for the list query (the country is fetched
-- with the city) and then sorts anyway, so these indexes would only slow its writes (the
-- GeoNames import of 150,000 rows took twice as long with them).
drop index city_name_search_ix;
drop index city_country_ix;
drop index city_relation_ix;
drop index city_population_ix;

create index city_sort_name_ix on city (name_search asc nulls last, id);
create index city_sort_name_desc_ix on city (name_search desc nulls last, id);
create index city_sort_country_ix on city (country_code asc nulls last, name_search, id);
create index city_sort_country_desc_ix on city (country_code desc nulls last, name_search, id);
create index city_sort_region_ix on city (admin1 asc nulls last, name_search, id);
create index city_sort_region_desc_ix on city (admin1 desc nulls last, name_search, id);
create index city_sort_population_ix on city (population asc nulls last, name_search, id);
create index city_sort_population_desc_ix on city (population desc nulls last, name_search, id);
create index city_sort_relation_ix on city (network_relation asc nulls last, name_search, id);
create index city_sort_relation_desc_ix on city (network_relation desc nulls last, name_search, id);
