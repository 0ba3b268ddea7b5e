-- Failed sign-ins per login name, known or not, so lock-out never reveals which accounts exist.
create table login_throttle (
    login_name      varchar(254) primary key,
    failures        integer                  not null default 0,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
