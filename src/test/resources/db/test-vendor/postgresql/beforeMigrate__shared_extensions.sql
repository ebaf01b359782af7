-- Test only: every test context migrates a schema of its own in one database, and an
-- extension exists once per database; kept in public, which every context's search path has.
create extension if not exists pg_trgm schema public;
