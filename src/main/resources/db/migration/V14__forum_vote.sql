-- Votes on posts: one per person and post, up (+1) or down (-1); voting the same way again removes the vote.
-- forum_post.score is the sum of its votes, kept in the same transaction as each vote, so the thread page reads it
-- with the posts and can sort replies by it without an aggregate per page.
create table forum_vote (
    post_id   bigint                   not null references forum_post (id),
    person_id bigint                   not null references person (id),
    value     smallint                 not null check (value in (-1, 1)),
    voted_at  timestamp with time zone not null default now(),
    primary key (post_id, person_id)
);
create index forum_vote_person_idx on forum_vote (person_id);

alter table forum_post add column score integer not null default 0;
