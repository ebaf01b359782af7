-- PostgreSQL only (Flyway location db/vendor/{vendor}): the city search matches every word
-- anywhere in the folded names (LIKE '%word%'), which a B-tree cannot serve; a trigram index
-- can. pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

create index city_search_text_trgm_ix on city using gin (search_text gin_trgm_ops);
