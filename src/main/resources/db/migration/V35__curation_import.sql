-- Bulk imports of a zipped shared drive into a library: the job, the zip's bytes until the job finishes (so an
-- interrupted job can resume), and one row per zip entry with its outcome. An entry becomes IMPORTED in the same
-- transaction as its document, so a resumed job never imports an entry twice.
create table import_job (
    id           bigint generated always as identity primary key,
    library_id   bigint       not null references library (id),
    zip_name     varchar(300) not null,
    name_charset varchar(20)  not null,
    folders_as   varchar(10)  not null check (folders_as in ('CATEGORIES', 'TAGS')),
    status       varchar(12)  not null check (status in ('RUNNING', 'INTERRUPTED', 'DONE')),
    total        int          not null,
    problem      varchar(200),
    started_by   bigint       not null references person (id),
    started_at   timestamptz  not null default now(),
    heartbeat_at timestamptz  not null default now(),
    finished_at  timestamptz
);
create index import_job_started_idx on import_job (started_at desc);

create table import_zip (
    job_id  bigint primary key references import_job (id) on delete cascade,
    content bytea  not null
);

create table import_entry (
    job_id      bigint       not null references import_job (id) on delete cascade,
    position    int          not null,
    path        varchar(1000) not null,
    status      varchar(10)  not null check (status in ('PENDING', 'IMPORTED', 'SKIPPED')),
    document_id bigint       references document (id) on delete set null,
    reason_key  varchar(100),
    reason_args text[],
    primary key (job_id, position)
);
create index import_entry_document_idx on import_entry (document_id) where document_id is not null;
