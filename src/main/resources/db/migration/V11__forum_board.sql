-- Forum boards: like libraries, owned by a department (or by nobody, for a community) and visible to the whole
-- organisation, the owning department or named people only.
create table forum_board (
    id            bigint generated always as identity primary key,
    name          varchar(200)             not null,
    description   text,
    department_id bigint references department (id),
    visibility    varchar(20)              not null check (visibility in ('ORGANISATION', 'DEPARTMENT', 'RESTRICTED')),
    created_by    bigint                   not null references person (id),
    created_at    timestamp with time zone not null default now(),
    updated_at    timestamp with time zone not null default now(),
    version       bigint                   not null default 0,
    check (visibility <> 'DEPARTMENT' or department_id is not null)
);
create index forum_board_department_idx on forum_board (department_id);

-- Named people of a board: members (who may see a restricted board) and moderators (who also moderate it).
create table forum_board_member (
    board_id  bigint      not null references forum_board (id) on delete cascade,
    person_id bigint      not null references person (id),
    role      varchar(20) not null check (role in ('MEMBER', 'MODERATOR')),
    primary key (board_id, person_id)
);
create index forum_board_member_person_idx on forum_board_member (person_id);
