-- Posts: the opening post of each thread and its replies. Deleting is soft (deleted_at); every edit keeps the
-- text it replaced in forum_post_revision. submission_token is the one-time token of the form the post came from,
-- so a form sent twice makes one post.
create table forum_post (
    id               bigint generated always as identity primary key,
    thread_id        bigint                   not null references forum_thread (id),
    author_id        bigint                   not null references person (id),
    opening          boolean                  not null,
    body             text                     not null,
    submission_token varchar(64),
    created_at       timestamp with time zone not null default now(),
    edited_at        timestamp with time zone,
    edited_by        bigint references person (id),
    deleted_at       timestamp with time zone,
    deleted_by       bigint references person (id)
);
create index forum_post_thread_idx on forum_post (thread_id, created_at, id);
create index forum_post_author_idx on forum_post (author_id);
create unique index forum_post_submission_uq on forum_post (author_id, submission_token) where submission_token is not null;

alter table forum_thread
    add constraint forum_thread_accepted_post_fk foreign key (accepted_post_id) references forum_post (id);

create table forum_post_revision (
    id          bigint generated always as identity primary key,
    post_id     bigint                   not null references forum_post (id) on delete cascade,
    body        text                     not null,
    written_by  bigint                   not null references person (id),
    written_at  timestamp with time zone not null,
    replaced_by bigint                   not null references person (id),
    replaced_at timestamp with time zone not null default now()
);
create index forum_post_revision_post_idx on forum_post_revision (post_id, id);
