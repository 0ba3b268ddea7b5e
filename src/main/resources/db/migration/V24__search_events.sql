-- Every search from the search page (first page, no filters): the searcher's department, the day, how many hits,
-- and whether a hit was then opened. No person and no query text: only enough for the findability figures (searches,
-- success rate) of the dashboards; the texts of failed searches stay in search_query_log.
create table search_event (
    id            bigint generated always as identity primary key,
    department_id bigint references department (id) on delete set null,
    searched_on   date    not null default current_date,
    hits          integer not null,
    opened        boolean not null default false
);
create index search_event_day_idx on search_event (searched_on);
