-- Documents opened across department lines, by the library's department and the readers' department, per day: for
-- the dashboards' "used by other departments" table. Rebuilt with the other aggregates; no person.
create table insight_document_use (
    library_department_id bigint  not null references department (id) on delete cascade,
    viewer_department_id  bigint  not null references department (id) on delete cascade,
    day                   date    not null,
    views                 integer not null,
    primary key (library_department_id, viewer_department_id, day)
);
