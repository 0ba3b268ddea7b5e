-- Aggregates that stay small at a year of a large organisation's activity, so that no dashboard reads more than a
-- few thousand rows whatever its period. Counts come by day and by month (the month's first day, monthly = true): a
-- period reads the months it covers whole from the monthly rows and only the days at its edges from the daily ones.
-- Rows with no department (null) are the whole organisation's. The old tables are dropped: they hold nothing the
-- modules' own data does not, and the aggregates are built afresh at the next start.

drop table insight_daily;
create table insight_daily (
    metric        varchar(40)      not null,
    department_id bigint references department (id) on delete cascade,
    monthly       boolean          not null,
    day           date             not null,
    value         double precision not null
);
create index insight_daily_idx on insight_daily (department_id, monthly, day) include (metric, value);

-- One row per contributor and department: the days they contributed as a multirange, so the count of distinct
-- contributors over any period reads at most one row a person. Never shown by name.
drop table insight_contributor;
create table insight_contributor (
    department_id bigint         not null references department (id) on delete cascade,
    person_id     bigint         not null references person (id) on delete cascade,
    days          datemultirange not null,
    primary key (department_id, person_id)
);

-- The response times stay one row per question (medians and percentiles do not add up), read through this index
-- alone.
create index insight_question_times_idx on insight_question (asker_department_id, asked_on)
    include (first_reply_seconds, accepted_seconds);

-- First answers across department lines: how many of one department's questions another department answered first.
create table insight_answer_flow (
    asker_department_id  bigint  not null references department (id) on delete cascade,
    answer_department_id bigint  not null references department (id) on delete cascade,
    monthly              boolean not null,
    day                  date    not null,
    answers              integer not null
);
create index insight_answer_flow_idx on insight_answer_flow (monthly, day);

drop table insight_document_use;
create table insight_document_use (
    library_department_id bigint  not null references department (id) on delete cascade,
    viewer_department_id  bigint  not null references department (id) on delete cascade,
    monthly               boolean not null,
    day                   date    not null,
    views                 integer not null
);
create index insight_document_use_idx on insight_document_use (monthly, day);

-- Texts of searches that found nothing, per department or the whole organisation (null). Only texts and counts.
create table insight_failed_search (
    department_id bigint references department (id) on delete cascade,
    monthly       boolean      not null,
    day           date         not null,
    query         varchar(200) not null,
    searches      integer      not null
);
create index insight_failed_search_idx on insight_failed_search (department_id, monthly, day);

-- How current each department's documents were on the day of a rebuild (the last one of the day counts). Kept when
-- the other aggregates are rebuilt: the past cannot be worked out again from the documents as they are now.
create table insight_currency (
    department_id     bigint  not null references department (id) on delete cascade,
    day               date    not null default current_date,
    documents         integer not null,
    verified          integer not null,
    due_soon          integer not null,
    overdue           integer not null,
    reported_outdated integer not null,
    primary key (department_id, day)
);

-- Forget the earlier rebuilds, so the aggregates are built afresh when the application starts.
delete from insight_rebuild;
