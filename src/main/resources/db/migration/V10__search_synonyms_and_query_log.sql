-- Synonym groups the admins keep ("FOI, freedom of information"); applied when a query is read, so a change
-- needs neither a restart nor a reindex.
create table search_synonym_group (
    id         bigint generated always as identity primary key,
    terms      varchar(500) not null,
    created_by bigint references person (id),
    created_at timestamptz  not null default now()
);

-- Searches that found nothing or almost nothing, for the content-gap dashboards. No person: only their
-- department, the normalised query text, how many hits it had and when.
create table search_query_log (
    id            bigint generated always as identity primary key,
    query         varchar(200) not null,
    hits          integer      not null,
    department_id bigint references department (id) on delete set null,
    searched_at   timestamptz  not null default now()
);
create index search_query_log_searched_at on search_query_log (searched_at);

-- A few groups almost every public body needs; admins and curators edit or remove them like any other.
insert into search_synonym_group (terms) values
    ('FOI, freedom of information'),
    ('DPIA, data protection impact assessment'),
    ('SAR, subject access request'),
    ('HR, human resources'),
    ('GDPR, UK GDPR, general data protection regulation');
