-- In-app notifications (notifications module): a short message already written for its recipient and a link
-- inside the application. source names what caused it (e.g. a post), so a retried delivery never tells the same
-- person twice.
create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint                   not null references person (id) on delete cascade,
    kind         varchar(40)              not null,
    actor_id     bigint references person (id) on delete set null,
    message      varchar(500)             not null,
    link         varchar(500)             not null,
    source       varchar(100),
    created_at   timestamp with time zone not null default now(),
    read_at      timestamp with time zone
);
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
create unique index notification_source_uq on notification (recipient_id, source) where source is not null;

-- Who watches a forum board or thread (forum module): watchers hear of new threads and replies.
create table forum_board_watch (
    board_id   bigint                   not null references forum_board (id) on delete cascade,
    person_id  bigint                   not null references person (id) on delete cascade,
    created_at timestamp with time zone not null default now(),
    primary key (board_id, person_id)
);
create index forum_board_watch_person_idx on forum_board_watch (person_id);

create table forum_thread_watch (
    thread_id  bigint                   not null references forum_thread (id) on delete cascade,
    person_id  bigint                   not null references person (id) on delete cascade,
    created_at timestamp with time zone not null default now(),
    primary key (thread_id, person_id)
);
create index forum_thread_watch_person_idx on forum_thread_watch (person_id);
