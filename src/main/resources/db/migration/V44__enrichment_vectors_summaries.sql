-- On-premises AI: what the embedding model made of each piece of content, kept in PostgreSQL so the search index
-- (derived data) can be rebuilt without running the model again.
create table enrichment_vector (
    kind        text        not null,
    content_id  bigint      not null,
    model       text        not null,
    -- unit-length mean of the passage vectors
    vector      real[]      not null,
    passages    integer     not null,
    -- SHA-256 of the text that was embedded: unchanged text is not embedded again
    text_hash   bytea       not null,
    updated_at  timestamptz not null default now(),
    primary key (kind, content_id)
);

create table enrichment_summary (
    kind        text        not null,
    content_id  bigint      not null,
    summary     text        not null,
    updated_at  timestamptz not null default now(),
    primary key (kind, content_id)
);

-- Features an admin switched off (a feature without a row is on).
create table enrichment_feature (
    feature     text        primary key,
    enabled     boolean     not null,
    changed_by  bigint      not null references person (id),
    changed_at  timestamptz not null default now()
);

-- The backfill of content that existed before the AI did (or before a model change): one row per run, so its
-- progress is visible on every node and an interrupted run resumes after a restart.
create table enrichment_backfill (
    id          bigserial   primary key,
    started_by  bigint      references person (id),
    started_at  timestamptz not null default now(),
    total       bigint      not null,
    done        bigint      not null default 0,
    -- per kind, the last id done, e.g. document=1200,thread=85
    position    text        not null default '',
    finished_at timestamptz,
    failure     text
);
