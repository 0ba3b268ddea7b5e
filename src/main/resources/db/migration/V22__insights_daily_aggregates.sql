-- Daily aggregates for the KM dashboards, rebuilt from the modules' own data (never edited by hand): a dashboard
-- sums these rows for its departments and period instead of scanning a year of raw activity. Departments are the
-- people's departments at the last rebuild.

-- Counts per day, department and metric (documents published, questions asked, replies, ...).
create table insight_daily (
    metric        varchar(40)      not null,
    department_id bigint           not null references department (id) on delete cascade,
    day           date             not null,
    value         double precision not null,
    primary key (metric, department_id, day)
);

-- Who contributed on a day, only to count distinct contributors over a period; never shown by name.
create table insight_contributor (
    department_id bigint not null references department (id) on delete cascade,
    day           date   not null,
    person_id     bigint not null references person (id) on delete cascade,
    primary key (department_id, day, person_id)
);

-- One row per question: when it was asked, how long until the first reply by someone else and until an accepted
-- answer, and the departments of asker and first replier (for cross-department answers).
create table insight_question (
    thread_id             bigint primary key,
    asker_department_id   bigint not null references department (id) on delete cascade,
    asked_on              date   not null,
    first_reply_seconds   bigint,
    accepted_seconds      bigint,
    answer_department_id  bigint references department (id) on delete set null
);
create index insight_question_asked_idx on insight_question (asker_department_id, asked_on);
create index insight_question_answer_idx on insight_question (answer_department_id, asked_on);

-- When the aggregates were last rebuilt, and by whom (null: the nightly job or start-up).
create table insight_rebuild (
    id          bigint generated always as identity primary key,
    started_at  timestamp with time zone not null default now(),
    finished_at timestamp with time zone,
    started_by  bigint references person (id),
    rows_written integer
);
