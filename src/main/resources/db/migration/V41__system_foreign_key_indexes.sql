-- An index on every foreign key that had none, so that deleting a referenced row (a
-- criterion, a thematic unit, a template, a city) and joining along the key never scan
-- the referencing table. ForeignKeyIndexTests keeps it so.
create index app_user_mentor_city_ix on app_user (mentor_city_id);
create index city_priority_unit_ix on city_priority (thematic_unit_id);
create index city_sector_sector_ix on city_sector (sector_id);
create index criterion_value_criterion_ix on criterion_value (criterion_id);
create index letter_template_ix on letter (template_id);
create index policy_sector_unit_unit_ix on policy_sector_unit (thematic_unit_id);
create index scoring_model_weight_criterion_ix on scoring_model_weight (criterion_id);
create index shortlist_entry_model_version_ix on shortlist_entry (model_version_id);
