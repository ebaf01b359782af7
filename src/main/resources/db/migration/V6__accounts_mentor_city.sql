-- The member city a MENTOR user acts for. The foreign key to the cities module's table is
-- added by a later migration, once that table exists.
alter table app_user add column mentor_city_id bigint;
