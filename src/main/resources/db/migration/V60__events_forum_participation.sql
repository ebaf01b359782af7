-- A forum of a municipal association where the network is promoted (specific objective 3): the
-- association holding it, the network body represented, the outcome, the people who represented
-- the Presidency or the Secretariat and the contacts made there.
create table event_forum (
  event_id bigint primary key references event (id),
  association_id bigint not null references directory_organization (id),
  body_id bigint references directory_organization (id),
  outcome varchar(4000),
  updated_by varchar(100) not null,
  updated_at timestamp with time zone not null,
  version bigint
);

create index event_forum_association_ix on event_forum (association_id);
create index event_forum_body_ix on event_forum (body_id);

create table event_forum_representative (
  event_id bigint not null references event_forum (event_id),
  person_id bigint not null references directory_person (id),
  primary key (event_id, person_id)
);

create index event_forum_representative_person_ix on event_forum_representative (person_id);

create table event_forum_contact (
  event_id bigint not null references event_forum (event_id),
  person_id bigint not null references directory_person (id),
  primary key (event_id, person_id)
);

create index event_forum_contact_person_ix on event_forum_contact (person_id);
