-- The audit trail is append-only: whatever the application (or anyone using its database account) tries, a change
-- to or removal of an entry is refused. Restoring a backup or pruning old entries is a database administrator's job,
-- done deliberately with the trigger disabled.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
