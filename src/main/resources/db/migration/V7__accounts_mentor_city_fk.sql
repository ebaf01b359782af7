-- A MENTOR user is bound to a member city; deleting the city unbinds them.
alter table app_user add constraint app_user_mentor_city_fk foreign key (mentor_city_id) references city (id) on delete set null;
