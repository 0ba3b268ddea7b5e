-- The search index rebuild, shared by every node: which node is rebuilding (one at a time across the cluster), who
-- asked, how far it got (written every few seconds by that node, read by the admin page on any node), and which
-- mapping the index was last completely built with (OpenSearch: a node starting with another mapping rebuilds it).
create table search_index_rebuild (
    id smallint primary key check (id = 1),
    running_node varchar(100),
    actor_id bigint,
    reason varchar(200),
    started_at timestamp with time zone,
    heartbeat_at timestamp with time zone,
    total bigint not null default 0,
    indexed bigint not null default 0,
    mapping_version varchar(100)
);

insert into search_index_rebuild (id) values (1);
