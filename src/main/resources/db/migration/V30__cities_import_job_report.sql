-- The bad lines of a GeoNames file: how many lines and problems, the first problems
-- (line, message key, arguments), and how many rows an import skipped without them.
alter table import_job add column invalid_rows bigint default 0 not null;
alter table import_job add column problem_count bigint default 0 not null;
alter table import_job add column problems varchar(20000);
alter table import_job add column skipped_rows bigint default 0 not null;
