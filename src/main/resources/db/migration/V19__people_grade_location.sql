-- A person's grade (a rank on the organisation's grade scale, agora.people.grades: 1 most junior) and where they
-- work, for mentoring rules ("at least two grades more senior", "same location"); both optional.
alter table person
    add column grade    integer check (grade between 1 and 50),
    add column location varchar(100);
