-- Hibernate Search's outbox-polling coordination (agora.search.backend=opensearch): every change to an indexed
-- entity is written to hsearch_outbox_event in the same transaction, and a background agent of one node (registered
-- in hsearch_agent) indexes it. The tables are Hibernate Search's own, as its mapping declares them (8.2); they stay
-- empty with the Lucene backend.
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    tenant_id varchar(255),
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255),
    payload bytea not null,
    primary key (id)
);

create index processafter on hsearch_outbox_event (process_after);
