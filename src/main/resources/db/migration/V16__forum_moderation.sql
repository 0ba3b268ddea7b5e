-- Forum moderation: posts a moderator hid, pinned threads, and readers' flags on posts.

-- A hidden post stays in its thread (and stays the accepted answer), but ordinary readers see only that a
-- moderator hid it; moderators still read it and may unhide it.
alter table forum_post
    add column hidden_at timestamp with time zone,
    add column hidden_by bigint references person (id);

-- Pinned threads list first on their board. The board page orders by (pinned, latest activity), so its index
-- replaces the one by latest activity alone.
alter table forum_thread
    add column pinned_at timestamp with time zone,
    add column pinned_by bigint references person (id);
drop index forum_thread_board_activity_idx;
create index forum_thread_board_pinned_activity_idx
    on forum_thread (board_id, (pinned_at is not null) desc, last_activity_at desc, id desc)
    where deleted_at is null;

-- A reader's report that a post needs a moderator's look. Flags never hide anything by themselves; a moderator
-- resolves them by hiding the post or dismissing them. One open flag per person and post.
create table forum_flag (
    id          bigint generated always as identity primary key,
    post_id     bigint                   not null references forum_post (id),
    person_id   bigint                   not null references person (id),
    reason      varchar(20)              not null
        check (reason in ('SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'OUTDATED', 'OTHER')),
    note        varchar(500),
    created_at  timestamp with time zone not null default now(),
    resolved_at timestamp with time zone,
    resolved_by bigint references person (id),
    resolution  varchar(20) check (resolution in ('HIDDEN', 'DISMISSED')),
    check ((resolved_at is null) = (resolution is null))
);
create unique index forum_flag_open_uq on forum_flag (post_id, person_id) where resolved_at is null;
create index forum_flag_open_idx on forum_flag (created_at, post_id) where resolved_at is null;
create index forum_flag_person_idx on forum_flag (person_id);
