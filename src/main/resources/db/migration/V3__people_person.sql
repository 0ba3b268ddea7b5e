create table person (
    id            bigint generated always as identity primary key,
    email         varchar(254)             not null,
    display_name  varchar(200)             not null,
    job_title     varchar(200),
    department_id bigint                   not null references department (id),
    password_hash varchar(200)             not null,
    active        boolean                  not null default true,
    created_at    timestamp with time zone not null default now(),
    updated_at    timestamp with time zone not null default now(),
    version       bigint                   not null default 0
);
create unique index person_email_uq on person (lower(email));
create index person_department_idx on person (department_id);
create index person_display_name_idx on person (lower(display_name));

create table person_role (
    person_id bigint      not null references person (id) on delete cascade,
    role      varchar(40) not null check (role in ('MEMBER', 'CURATOR', 'DEPARTMENT_LEAD', 'ADMIN')),
    primary key (person_id, role)
);
