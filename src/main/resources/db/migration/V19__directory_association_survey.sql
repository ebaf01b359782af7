-- Specific objective 1 of the plan: survey, country by country, the local-government
-- associations and coordination spaces. One row per country once someone records its status.
create table association_survey (
  country_code varchar(2) primary key references country (code),
  status varchar(20) not null,
  missing varchar(4000),
  updated_by varchar(100) not null,
  updated_at timestamp with time zone not null,
  version bigint not null
);
