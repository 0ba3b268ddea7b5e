create table department (
    id         bigint generated always as identity primary key,
    name       varchar(200)             not null,
    parent_id  bigint references department (id),
    created_at timestamp with time zone not null default now()
);
create unique index department_name_uq on department (lower(name));
create index department_parent_idx on department (parent_id);
