-- File bytes live apart from metadata, once per distinct content (SHA-256), in chunks so that a download
-- streams with bounded memory and one pg_dump backs up everything.
create table file_blob (
    sha256     varchar(64) primary key,
    size       bigint                   not null,
    created_at timestamp with time zone not null default now()
);

create table file_chunk (
    sha256 varchar(64) not null references file_blob (sha256) on delete cascade,
    seq    integer  not null,
    data   bytea    not null,
    primary key (sha256, seq)
);
