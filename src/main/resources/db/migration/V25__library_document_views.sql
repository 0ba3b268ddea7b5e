-- How often a department's people opened a document, per document and day: to see documents used across department
-- lines. No person.
create table document_view_daily (
    document_id   bigint  not null references document (id) on delete cascade,
    department_id bigint  not null references department (id) on delete cascade,
    day           date    not null default current_date,
    views         integer not null,
    primary key (document_id, department_id, day)
);
