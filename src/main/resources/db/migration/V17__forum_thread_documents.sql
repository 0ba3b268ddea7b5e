-- Library documents a thread is about, linked when it is started; shown on the thread page to those who may read
-- them.
create table forum_thread_document (
    thread_id   bigint not null references forum_thread (id) on delete cascade,
    document_id bigint not null references document (id),
    position    smallint not null,
    primary key (thread_id, document_id)
);
create index forum_thread_document_document_idx on forum_thread_document (document_id);

-- The posting rate limit counts one person's recent posts.
drop index forum_post_author_idx;
create index forum_post_author_idx on forum_post (author_id, created_at);
