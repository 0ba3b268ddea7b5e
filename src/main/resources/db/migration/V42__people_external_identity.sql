-- People signed in through the organisation's directory (LDAP / Active Directory) or an OpenID Connect provider
-- are matched by the identity's stable id there (LDAP entryUUID / objectGUID, OIDC subject), not by email, which
-- can change. Local accounts have neither. Their manager comes from the directory too, when it names one.
alter table person
    add column external_source varchar(40),
    add column external_id     varchar(200),
    add column manager_id      bigint references person (id) on delete set null,
    add constraint person_external_both check ((external_source is null) = (external_id is null));
create unique index person_external_uq on person (external_source, external_id);
create index person_manager_idx on person (manager_id);
