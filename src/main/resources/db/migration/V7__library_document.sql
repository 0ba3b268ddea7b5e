create table category (
    id        bigint generated always as identity primary key,
    name      varchar(120) not null,
    parent_id bigint references category (id)
);
create unique index category_name_uq on category (coalesce(parent_id, 0), lower(name));

create table document (
    id             bigint generated always as identity primary key,
    library_id     bigint                   not null references library (id),
    kind           varchar(10)              not null check (kind in ('FILE', 'PAGE')),
    title          varchar(300)             not null,
    description    text,
    category_id    bigint references category (id),
    owner_id       bigint                   not null references person (id),
    classification varchar(30)              not null check (classification in ('OFFICIAL', 'OFFICIAL_SENSITIVE')),
    status         varchar(20)              not null check (status in ('DRAFT', 'PUBLISHED', 'VERIFIED', 'NEEDS_REVIEW', 'OBSOLETE')),
    review_by      date,
    verified_by    bigint references person (id),
    verified_at    timestamp with time zone,
    deleted_at     timestamp with time zone,
    deleted_by     bigint references person (id),
    created_by     bigint                   not null references person (id),
    created_at     timestamp with time zone not null default now(),
    updated_at     timestamp with time zone not null default now(),
    version        bigint                   not null default 0
);
create index document_library_idx on document (library_id) where deleted_at is null;
create index document_trash_idx on document (library_id) where deleted_at is not null;
create index document_owner_idx on document (owner_id);

create table document_tag (
    document_id bigint      not null references document (id) on delete cascade,
    tag         varchar(60) not null,
    primary key (document_id, tag)
);
create index document_tag_tag_idx on document_tag (tag);

create table document_version (
    id                 bigint generated always as identity primary key,
    document_id        bigint                   not null references document (id) on delete cascade,
    number             integer                  not null,
    file_sha256        varchar(64) references file_blob (sha256),
    file_name          varchar(255),
    file_kind          varchar(20),
    size               bigint                   not null,
    body               text,
    extracted_text     text,
    preview            varchar(1000),
    extraction_status  varchar(20)              not null,
    extraction_problem varchar(60),
    change_note        varchar(500),
    created_by         bigint                   not null references person (id),
    created_at         timestamp with time zone not null default now(),
    unique (document_id, number),
    check ((file_sha256 is null) = (body is not null))
);
create index document_version_blob_idx on document_version (file_sha256);

create table document_report (
    id          bigint generated always as identity primary key,
    document_id bigint                   not null references document (id) on delete cascade,
    person_id   bigint                   not null references person (id),
    reason      varchar(1000)            not null,
    created_at  timestamp with time zone not null default now(),
    resolved_at timestamp with time zone
);
create index document_report_open_idx on document_report (document_id) where resolved_at is null;
