-- Featured content: documents, forum threads or people that curators pin to the home page, for the whole
-- organisation (department_id null) or one department, until an optional expiry day (inclusive), in their order.
-- item_id names a row of the kind's own module, so it has no foreign key: a pin whose item is gone simply shows
-- nothing to anyone.
create table featured_item (
    id            bigint generated always as identity primary key,
    kind          varchar(10) not null check (kind in ('DOCUMENT', 'THREAD', 'PERSON')),
    item_id       bigint      not null,
    department_id bigint references department (id) on delete cascade,
    expires_on    date,
    position      int         not null,
    pinned_by     bigint      not null references person (id),
    pinned_at     timestamptz not null default now(),
    unique nulls not distinct (kind, item_id, department_id)
);
create index featured_item_position_idx on featured_item (position);
