-- Folded title and description, for searching tasks ignoring accents and case; rows written
-- before it get their lower-case title until they next change.
alter table task add column search_text varchar(4600);
update task set search_text = lower(title);
