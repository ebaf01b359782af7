-- Imports checked in a dry run and waiting to be applied (PendingImports): what the dry run
-- read, as JSON, for the user who uploaded it. Long text is "text", as in audit_change: a
-- character large object on H2, unbounded text on PostgreSQL. Rows go some time after they
-- expire, on the next dry run.
create table pending_import (
  id uuid not null primary key,
  owner_username varchar(100) not null,
  kind varchar(50) not null,
  payload text not null,
  created_at timestamp with time zone not null,
  applied_at timestamp with time zone
);
create index pending_import_created_ix on pending_import (created_at);
