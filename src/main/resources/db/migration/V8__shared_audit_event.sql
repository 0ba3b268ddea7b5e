-- Who did what to which thing, and when: written in the same transaction as the change it records.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamp with time zone not null default now(),
    actor_id    bigint,
    action      varchar(60)              not null,
    target_type varchar(40)              not null,
    target_id   bigint,
    detail      varchar(1000)
);
create index audit_event_target_idx on audit_event (target_type, target_id);
create index audit_event_time_idx on audit_event (occurred_at desc);
