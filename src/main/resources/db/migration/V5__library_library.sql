create table library (
    id            bigint generated always as identity primary key,
    name          varchar(200)             not null,
    description   text,
    department_id bigint references department (id),
    visibility    varchar(20)              not null check (visibility in ('ORGANISATION', 'DEPARTMENT', 'RESTRICTED')),
    created_by    bigint                   not null references person (id),
    created_at    timestamp with time zone not null default now(),
    updated_at    timestamp with time zone not null default now(),
    version       bigint                   not null default 0,
    -- a department library needs its department; a community (restricted) library may have none
    check (visibility <> 'DEPARTMENT' or department_id is not null)
);
create unique index library_name_uq on library (lower(name));
create index library_department_idx on library (department_id);

create table library_member (
    library_id bigint      not null references library (id) on delete cascade,
    person_id  bigint      not null references person (id),
    role       varchar(20) not null check (role in ('READER', 'CONTRIBUTOR', 'MANAGER')),
    primary key (library_id, person_id)
);
create index library_member_person_idx on library_member (person_id);
