-- Expertise: the skills taxonomy, what people declare, endorsements, inferred evidence and competency frameworks.

-- Categories group skills on screens and in facets ("Commercial", "Data and digital", "Information rights", ...).
create table skill_category (
    id   bigint generated always as identity primary key,
    name varchar(100) not null
);
create unique index skill_category_name_uq on skill_category (lower(name));

-- A skill of the organisation's taxonomy, curated by curators. Merging one skill into another moves every reference
-- to the kept skill, keeps the merged skill's name as an alias of it, and deletes the merged skill.
create table skill (
    id          bigint generated always as identity primary key,
    name        varchar(100)             not null,
    description text,
    category_id bigint references skill_category (id),
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now(),
    version     bigint                   not null default 0
);
create unique index skill_name_uq on skill (lower(name));
create index skill_category_idx on skill (category_id);

-- Other names of a skill (synonyms, abbreviations, old names): "FOI" for "Freedom of information". An alias names
-- one skill only. Aliases and names, normalised like tags, are also how documents' and threads' tags count as
-- evidence for a skill.
create table skill_alias (
    skill_id bigint       not null references skill (id) on delete cascade,
    alias    varchar(100) not null,
    primary key (skill_id, alias)
);
create unique index skill_alias_uq on skill_alias (lower(alias));

-- What a person says of themselves beyond their skills: their job family (for competency frameworks), languages
-- spoken and topics they are happy to be asked about. One row per person who filled any of it in.
create table expertise_profile (
    person_id  bigint primary key references person (id),
    job_family varchar(100),
    updated_at timestamp with time zone not null default now()
);
create index expertise_profile_job_family_idx on expertise_profile (lower(job_family));

create table person_language (
    person_id bigint      not null references person (id),
    language  varchar(60) not null,
    primary key (person_id, language)
);
create index person_language_language_idx on person_language (lower(language));

create table person_topic (
    person_id bigint       not null references person (id),
    topic     varchar(100) not null,
    primary key (person_id, topic)
);

-- A skill a person declares, at a level: 1 aware, 2 working, 3 practitioner, 4 expert.
create table person_skill (
    person_id  bigint                   not null references person (id),
    skill_id   bigint                   not null references skill (id),
    level      smallint                 not null check (level between 1 and 4),
    updated_at timestamp with time zone not null default now(),
    primary key (person_id, skill_id)
);
create index person_skill_skill_idx on person_skill (skill_id, level);

-- A colleague vouches for a person's skill: once per colleague, person and skill, never for oneself.
create table skill_endorsement (
    person_id   bigint                   not null references person (id),
    skill_id    bigint                   not null references skill (id),
    endorser_id bigint                   not null references person (id),
    created_at  timestamp with time zone not null default now(),
    primary key (person_id, skill_id, endorser_id),
    check (person_id <> endorser_id)
);
create index skill_endorsement_skill_idx on skill_endorsement (skill_id, person_id);
create index skill_endorsement_endorser_idx on skill_endorsement (endorser_id);

-- Evidence inferred from what people did, per person and skill, recomputed in the background: a score and the
-- items behind it, so the "why" can be shown trimmed to what each viewer may see.
create table skill_evidence (
    person_id   bigint                   not null references person (id),
    skill_id    bigint                   not null references skill (id),
    score       double precision         not null,
    computed_at timestamp with time zone not null default now(),
    primary key (person_id, skill_id)
);
create index skill_evidence_skill_idx on skill_evidence (skill_id, score desc);

-- One item of evidence: a document authored or verified, an accepted answer, an upvoted reply (later: mentoring
-- given). item_type and item_id say what it is, so the "why" lists only items the viewer may open.
create table skill_evidence_item (
    person_id bigint           not null references person (id),
    skill_id  bigint           not null references skill (id),
    item_type varchar(30)      not null,
    item_id   bigint           not null,
    weight    double precision not null,
    primary key (person_id, skill_id, item_type, item_id)
);
create index skill_evidence_item_skill_idx on skill_evidence_item (skill_id, person_id);

-- A competency framework: the skills a role (job family) or a department needs, each with a target level and an
-- importance; curators define any, department leads their department's.
create table competency_framework (
    id            bigint generated always as identity primary key,
    name          varchar(200)             not null,
    description   text,
    department_id bigint references department (id),
    job_family    varchar(100),
    created_by    bigint                   not null references person (id),
    created_at    timestamp with time zone not null default now(),
    updated_at    timestamp with time zone not null default now(),
    version       bigint                   not null default 0,
    check (department_id is not null or job_family is not null)
);
create index competency_framework_department_idx on competency_framework (department_id);

create table framework_skill (
    framework_id bigint   not null references competency_framework (id) on delete cascade,
    skill_id     bigint   not null references skill (id),
    target_level smallint not null check (target_level between 1 and 4),
    importance   smallint not null default 2 check (importance between 1 and 3),
    primary key (framework_id, skill_id)
);
create index framework_skill_skill_idx on framework_skill (skill_id);
