-- Threads of a board. first_reply_at (first reply by someone other than the author) and accepted_at are kept for
-- the response-time dashboards; reply_count and last_activity_at keep board pages to one cheap query.
create table forum_thread (
    id               bigint generated always as identity primary key,
    board_id         bigint                   not null references forum_board (id),
    kind             varchar(20)              not null check (kind in ('DISCUSSION', 'QUESTION')),
    title            varchar(200)             not null,
    author_id        bigint                   not null references person (id),
    created_at       timestamp with time zone not null default now(),
    last_activity_at timestamp with time zone not null default now(),
    reply_count      integer                  not null default 0,
    first_reply_at   timestamp with time zone,
    accepted_post_id bigint,
    accepted_at      timestamp with time zone,
    locked_at        timestamp with time zone,
    locked_by        bigint references person (id),
    lock_reason      varchar(500),
    deleted_at       timestamp with time zone,
    deleted_by       bigint references person (id),
    version          bigint                   not null default 0
);
create index forum_thread_board_activity_idx on forum_thread (board_id, last_activity_at desc) where deleted_at is null;
create index forum_thread_unanswered_idx on forum_thread (created_at desc)
    where kind = 'QUESTION' and accepted_post_id is null and first_reply_at is null and deleted_at is null;
create index forum_thread_author_idx on forum_thread (author_id);

create table forum_thread_tag (
    thread_id bigint      not null references forum_thread (id) on delete cascade,
    tag       varchar(60) not null,
    primary key (thread_id, tag)
);
create index forum_thread_tag_tag_idx on forum_thread_tag (tag);
