-- Mentoring programmes, the offers and requests people make in them, matching rounds with the pairs they propose,
-- and the mentorships that follow.

create table mentoring_programme (
    id                     bigint generated always as identity primary key,
    name                   varchar(200)             not null,
    description            text                     not null default '',
    starts_on              date                     not null,
    ends_on                date                     not null,
    -- REQUIRED: pairs must cross departments; PREFERRED: crossing scores higher; NOT_REQUIRED: no rule
    cross_department       varchar(20)              not null
        check (cross_department in ('REQUIRED', 'PREFERRED', 'NOT_REQUIRED')),
    -- the mentor must be at least this many grades more senior; null for no rule
    min_grade_gap          smallint check (min_grade_gap between 1 and 10),
    max_mentees_per_mentor smallint                 not null check (max_mentees_per_mentor between 1 and 10),
    created_by             bigint                   not null references person (id),
    created_at             timestamp with time zone not null default now(),
    version                bigint                   not null default 0,
    check (ends_on >= starts_on)
);
create unique index mentoring_programme_name_uq on mentoring_programme (lower(name));

-- The departments a programme is for (with the departments under them); none: the whole organisation.
create table mentoring_programme_department (
    programme_id  bigint not null references mentoring_programme (id) on delete cascade,
    department_id bigint not null references department (id),
    primary key (programme_id, department_id)
);

-- Who runs a programme (besides admins): sees requests' free text, runs rounds, adjusts and publishes pairs.
create table mentoring_organiser (
    programme_id bigint not null references mentoring_programme (id) on delete cascade,
    person_id    bigint not null references person (id),
    primary key (programme_id, person_id)
);

create table mentor_offer (
    id              bigint generated always as identity primary key,
    programme_id    bigint                   not null references mentoring_programme (id),
    person_id       bigint                   not null references person (id),
    capacity        smallint                 not null check (capacity between 1 and 10),
    hours_per_month smallint                 not null check (hours_per_month between 1 and 40),
    format          varchar(10)              not null check (format in ('IN_PERSON', 'REMOTE', 'EITHER')),
    can_help_with   text                     not null default '',
    withdrawn_at    timestamp with time zone,
    created_at      timestamp with time zone not null default now(),
    updated_at      timestamp with time zone not null default now(),
    unique (programme_id, person_id)
);

create table mentor_offer_skill (
    offer_id bigint not null references mentor_offer (id) on delete cascade,
    skill_id bigint not null references skill (id),
    primary key (offer_id, skill_id)
);
create index mentor_offer_skill_skill_idx on mentor_offer_skill (skill_id);

create table mentee_request (
    id                      bigint generated always as identity primary key,
    programme_id            bigint                   not null references mentoring_programme (id),
    person_id               bigint                   not null references person (id),
    goals                   text                     not null default '',
    format                  varchar(10)              not null check (format in ('IN_PERSON', 'REMOTE', 'EITHER')),
    language                varchar(60),
    prefer_other_department boolean                  not null default false,
    prefer_same_location    boolean                  not null default false,
    withdrawn_at            timestamp with time zone,
    created_at              timestamp with time zone not null default now(),
    updated_at              timestamp with time zone not null default now(),
    unique (programme_id, person_id)
);

-- A skill a mentee asks for, with their level when they asked (0 none … 4 expert).
create table mentee_request_skill (
    request_id    bigint   not null references mentee_request (id) on delete cascade,
    skill_id      bigint   not null references skill (id),
    current_level smallint not null default 0 check (current_level between 0 and 4),
    primary key (request_id, skill_id)
);
create index mentee_request_skill_skill_idx on mentee_request_skill (skill_id);

-- People the mentee must not be paired with.
create table mentee_request_exclusion (
    request_id bigint not null references mentee_request (id) on delete cascade,
    person_id  bigint not null references person (id),
    primary key (request_id, person_id)
);

create table matching_round (
    id           bigint generated always as identity primary key,
    programme_id bigint                   not null references mentoring_programme (id),
    -- RUNNING, then REVIEW (pairs drafted for the organiser), then PUBLISHED or DISCARDED; FAILED when it broke
    status       varchar(10)              not null
        check (status in ('RUNNING', 'REVIEW', 'PUBLISHED', 'DISCARDED', 'FAILED')),
    stage        varchar(100),
    done         integer                  not null default 0,
    total        integer                  not null default 0,
    mentees      integer                  not null default 0,
    mentors      integer                  not null default 0,
    total_score  double precision,
    problem      text,
    started_by   bigint                   not null references person (id),
    started_at   timestamp with time zone not null default now(),
    finished_at  timestamp with time zone,
    published_at timestamp with time zone
);
-- one round at a time per programme: a second one is refused while one runs or waits for review
create unique index matching_round_open_uq on matching_round (programme_id) where status in ('RUNNING', 'REVIEW');
create index matching_round_programme_idx on matching_round (programme_id, started_at desc);

create table mentoring_proposal (
    id             bigint generated always as identity primary key,
    round_id       bigint                   not null references matching_round (id),
    programme_id   bigint                   not null references mentoring_programme (id),
    request_id     bigint                   not null references mentee_request (id),
    offer_id       bigint                   not null references mentor_offer (id),
    mentee_id      bigint                   not null references person (id),
    mentor_id      bigint                   not null references person (id),
    score          double precision         not null,
    -- why, one plain sentence per line
    reasons        text                     not null,
    adjusted       boolean                  not null default false,
    -- DRAFT (in a round under review), PROPOSED, ACCEPTED (by both), DECLINED, WITHDRAWN, DISCARDED
    status         varchar(10)              not null
        check (status in ('DRAFT', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'DISCARDED')),
    mentee_answer  varchar(10) check (mentee_answer in ('ACCEPTED', 'DECLINED')),
    mentor_answer  varchar(10) check (mentor_answer in ('ACCEPTED', 'DECLINED')),
    declined_by    bigint references person (id),
    decline_reason varchar(500),
    created_at     timestamp with time zone not null default now(),
    decided_at     timestamp with time zone,
    version        bigint                   not null default 0,
    check (mentee_id <> mentor_id)
);
create index mentoring_proposal_round_idx on mentoring_proposal (round_id);
create index mentoring_proposal_mentee_idx on mentoring_proposal (mentee_id);
create index mentoring_proposal_mentor_idx on mentoring_proposal (mentor_id);
-- a pair once proposed in a programme is never proposed there again
create unique index mentoring_proposal_pair_uq on mentoring_proposal (programme_id, mentee_id, mentor_id)
    where status not in ('DRAFT', 'DISCARDED');
-- a request has at most one live proposal
create unique index mentoring_proposal_live_request_uq on mentoring_proposal (request_id)
    where status in ('DRAFT', 'PROPOSED', 'ACCEPTED');

-- The mentees a round left without a mentor, and why.
create table matching_round_unmatched (
    round_id   bigint not null references matching_round (id),
    request_id bigint not null references mentee_request (id),
    reason     text   not null,
    primary key (round_id, request_id)
);

create table mentorship (
    id           bigint generated always as identity primary key,
    programme_id bigint                   not null references mentoring_programme (id),
    proposal_id  bigint                   not null unique references mentoring_proposal (id),
    mentor_id    bigint                   not null references person (id),
    mentee_id    bigint                   not null references person (id),
    goals        text                     not null,
    started_on   date                     not null,
    ends_on      date                     not null,
    status       varchar(10)              not null check (status in ('ACTIVE', 'COMPLETED')),
    completed_at timestamp with time zone,
    reminded_at  timestamp with time zone,
    version      bigint                   not null default 0
);
create index mentorship_mentor_idx on mentorship (mentor_id);
create index mentorship_mentee_idx on mentorship (mentee_id);

-- The skills a mentorship is about: those the mentee asked for that the mentor offered.
create table mentorship_skill (
    mentorship_id bigint not null references mentorship (id),
    skill_id      bigint not null references skill (id),
    primary key (mentorship_id, skill_id)
);

-- The pair's shared log; only the two of them read the notes.
create table mentorship_checkin (
    id            bigint generated always as identity primary key,
    mentorship_id bigint                   not null references mentorship (id),
    author_id     bigint                   not null references person (id),
    met_on        date                     not null,
    notes         text                     not null,
    created_at    timestamp with time zone not null default now()
);
create index mentorship_checkin_mentorship_idx on mentorship_checkin (mentorship_id, met_on desc);

create table mentorship_feedback (
    mentorship_id bigint                   not null references mentorship (id),
    person_id     bigint                   not null references person (id),
    rating        smallint                 not null check (rating between 1 and 5),
    comment       text                     not null default '',
    created_at    timestamp with time zone not null default now(),
    primary key (mentorship_id, person_id)
);
