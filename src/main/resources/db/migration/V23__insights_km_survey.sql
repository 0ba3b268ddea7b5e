-- The KM practice self-assessment (insights module): a department lead sends a round of six statements to the
-- people of their department, who each rate every statement from 1 (not at all) to 5 (fully), anonymously.
--
-- Anonymity. Who was asked and who has answered (survey_invitee) is kept apart from what was answered
-- (survey_tally), and nothing lines one up with the other:
--   * there are no answer rows at all, only 30 counters per round (six statements x five values), created with the
--     round; an answer adds 1 to six of them in one UPDATE that rewrites all 30, so no column, key, sequence,
--     row order or row version says which counters one person moved;
--   * neither table has a time or date of answering (the round's dates are all that is kept);
--   * answering locks the round row first, so answers to a round go one at a time.
-- What this does not hide: the counts before and after a given answer, for someone who can read the database's
-- old row versions or its write-ahead log (a superuser, before vacuum and WAL recycling) at that moment. Results
-- are shown only for a closed round with at least 5 answers, so that watching the page cannot do the same.

create table survey_round (
    id            bigint generated always as identity primary key,
    department_id bigint not null references department (id),
    sent_by       bigint not null references person (id),
    sent_on       date   not null,
    -- the last day answers are taken
    closes_on     date   not null,
    -- set when the round stops taking answers before closes_on has passed (closed early, or found past its date
    -- when the next round is sent); null while it may still be open
    closed_on     date,
    check (closes_on >= sent_on)
);
-- one round per department that has not been closed; a round past its date is closed before the next is sent
create unique index survey_round_open_uq on survey_round (department_id) where closed_on is null;
create index survey_round_department_idx on survey_round (department_id, sent_on);

-- The people of the department when the round was sent: only they may answer, once each.
create table survey_invitee (
    round_id  bigint  not null references survey_round (id) on delete cascade,
    person_id bigint  not null references person (id) on delete cascade,
    answered  boolean not null default false,
    primary key (round_id, person_id)
);
create index survey_invitee_person_idx on survey_invitee (person_id);

-- How many people gave each value to each statement: counters, never one person's answers.
create table survey_tally (
    round_id bigint   not null references survey_round (id) on delete cascade,
    practice smallint not null check (practice between 1 and 6),
    score    smallint not null check (score between 1 and 5),
    answers  integer  not null default 0 check (answers >= 0),
    primary key (round_id, practice, score)
);
