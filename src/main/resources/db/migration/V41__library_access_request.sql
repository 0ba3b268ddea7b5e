-- People asking a library's managers for access (to join it as a reader, or to contribute), and the answer.
create table library_access_request (
    id             bigint generated always as identity primary key,
    library_id     bigint                   not null references library (id) on delete cascade,
    person_id      bigint                   not null references person (id),
    role           varchar(20)              not null check (role in ('READER', 'CONTRIBUTOR')),
    message        varchar(500),
    status         varchar(20)              not null default 'PENDING'
                                            check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    requested_at   timestamp with time zone not null default now(),
    decided_by     bigint references person (id),
    decided_at     timestamp with time zone,
    granted_role   varchar(20) check (granted_role in ('READER', 'CONTRIBUTOR', 'MANAGER')),
    decline_reason varchar(500),
    check ((status = 'PENDING') = (decided_at is null)),
    check (status <> 'APPROVED' or granted_role is not null)
);
-- one request waiting per person and library; answered ones are kept as history
create unique index library_access_request_pending_uq on library_access_request (library_id, person_id)
    where status = 'PENDING';
create index library_access_request_person_idx on library_access_request (person_id, requested_at);
