-- Expertise: indexes from which "who knows about X?" and the recommendations of "My development" are answered without
-- reading the tables. A skill's or a tag's rows are spread over their table (written person by person, or document by
-- document), so reading them there costs about a page a row. The first three replace indexes on their leading
-- columns.

-- The finder's candidates (stored evidence per person) and the items it checks for a viewer.
create index skill_evidence_item_skill_person_idx on skill_evidence_item (skill_id, person_id)
    include (item_type, item_id, weight);
drop index skill_evidence_item_skill_idx;

-- The finder's declared levels and the mentors recommended for a gap.
create index person_skill_skill_level_idx on person_skill (skill_id, level) include (person_id);
drop index person_skill_skill_idx;

-- Documents recommended for a gap: those carrying any of the skill's tags, then the verified ones among them, newest
-- verification first (a few per gap).
create index document_tag_tag_document_idx on document_tag (tag, document_id);
drop index document_tag_tag_idx;
create index document_verified_idx on document (id) include (verified_at, library_id, classification, kind, title)
    where status = 'VERIFIED' and deleted_at is null;
