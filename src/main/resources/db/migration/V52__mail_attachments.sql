-- Files sent with an outbox message (e.g. an .ics invitation), in order; at most 5 and
-- 1 MB together per message (Outbox.queue). bytea is binary varying on H2 as well.
create table outbox_attachment (
  outbox_message_id bigint not null references outbox_message (id) on delete cascade,
  ordinal integer not null,
  filename varchar(200) not null,
  content_type varchar(200) not null,
  content bytea not null,
  primary key (outbox_message_id, ordinal)
);
