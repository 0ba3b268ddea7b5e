package org.agorahub.mentoring.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agorahub.expertise.ExpertiseApi;
import org.agorahub.expertise.SkillStanding;
import org.agorahub.mentoring.matching.MeetingFormat;
import org.agorahub.mentoring.matching.Mentee;
import org.agorahub.mentoring.matching.Mentor;
import org.agorahub.mentoring.matching.OfferedSkill;
import org.agorahub.mentoring.matching.PastPair;
import org.agorahub.mentoring.matching.WantedSkill;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is waiting in a programme, as the matcher sees them: requests not withdrawn and held by no live proposal, and
 * offers with places left (the smaller of the offer's capacity and the programme's maximum, less the proposals
 * published or accepted, less those drafted in the round under review). Only active people take part. A fixed number
 * of statements however large the pool.
 */
@Component
class Pool {

    private final JdbcClient jdbc;
    private final PeopleApi people;
    private final ExpertiseApi expertise;

    Pool(JdbcClient jdbc, PeopleApi people, ExpertiseApi expertise) {
        this.jdbc = jdbc;
        this.people = people;
        this.expertise = expertise;
    }

    /** The waiting mentees, or only the request given (waiting or held by a draft of the round) when not null. */
    List<Mentee> mentees(Programme programme, Long onlyRequest) {
        List<RequestRow> requests = jdbc.sql("""
                select r.id, r.person_id, r.goals, r.format, r.language, r.prefer_other_department,
                    r.prefer_same_location,
                    array_to_string(array(select rs.skill_id || ':' || rs.current_level || ':' || s.name
                        from mentee_request_skill rs join skill s on s.id = rs.skill_id
                        where rs.request_id = r.id order by rs.skill_id), E'\\n') as skills,
                    array(select e.person_id from mentee_request_exclusion e where e.request_id = r.id) as excluded
                from mentee_request r
                where r.programme_id = :programme and r.withdrawn_at is null
                  and (cast(:only as bigint) is null and not exists (select 1 from mentoring_proposal x
                           where x.request_id = r.id and x.status in ('DRAFT', 'PROPOSED', 'ACCEPTED'))
                       or r.id = :only and not exists (select 1 from mentoring_proposal x
                           where x.request_id = r.id and x.status in ('PROPOSED', 'ACCEPTED')))
                order by r.id
                """)
                .param("programme", programme.id())
                .param("only", onlyRequest)
                .query((rs, n) -> new RequestRow(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("goals"),
                        MeetingFormat.valueOf(rs.getString("format")),
                        rs.getString("language"),
                        rs.getBoolean("prefer_other_department"),
                        rs.getBoolean("prefer_same_location"),
                        rs.getString("skills"),
                        Arrays.stream((Object[]) rs.getArray("excluded").getArray())
                                .map(o -> ((Number) o).longValue())
                                .collect(Collectors.toSet())))
                .list();
        Map<Long, PersonSummary> persons =
                people.findPeople(requests.stream().map(RequestRow::personId).toList());
        List<Mentee> mentees = new ArrayList<>();
        for (RequestRow r : requests) {
            PersonSummary p = persons.get(r.personId());
            if (p == null || !p.active()) {
                continue;
            }
            List<WantedSkill> skills = new ArrayList<>();
            for (String line : r.skills().split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split(":", 3);
                    skills.add(new WantedSkill(Long.parseLong(parts[0]), parts[2], Integer.parseInt(parts[1])));
                }
            }
            mentees.add(new Mentee(
                    r.id(),
                    p.id(),
                    p.displayName(),
                    p.departmentId(),
                    p.grade(),
                    p.location(),
                    r.format(),
                    r.language(),
                    r.preferOtherDepartment(),
                    r.preferSameLocation(),
                    List.copyOf(skills),
                    r.goals(),
                    Set.copyOf(r.excluded())));
        }
        return mentees;
    }

    /**
     * The mentors with places left, or only the offer given when not null.
     *
     * @param roundId the round under review whose drafts take places, or null
     * @param ignoredProposal a draft not to count (the one being changed), or null
     */
    List<Mentor> mentors(Programme programme, Long onlyOffer, Long roundId, Long ignoredProposal) {
        List<OfferRow> offers = offers(programme, onlyOffer, roundId, ignoredProposal);
        List<Long> personIds = offers.stream().map(OfferRow::personId).toList();
        Map<Long, PersonSummary> persons = people.findPeople(personIds);
        Map<Long, Map<Long, SkillStanding>> standings = expertise.standings(personIds);
        Map<Long, Set<String>> languages = expertise.languages(personIds);
        Map<Long, String> skillNames = new HashMap<>();
        Set<Long> allSkills = new HashSet<>();
        offers.forEach(o -> allSkills.addAll(o.skills()));
        expertise.skills(allSkills).forEach((id, skill) -> skillNames.put(id, skill.name()));
        List<Mentor> mentors = new ArrayList<>();
        for (OfferRow o : offers) {
            PersonSummary p = persons.get(o.personId());
            if (p == null || !p.active() || o.places() <= 0) {
                continue;
            }
            Map<Long, SkillStanding> mine = standings.getOrDefault(o.personId(), Map.of());
            List<OfferedSkill> skills = new ArrayList<>();
            for (long skill : o.skills()) {
                SkillStanding standing = mine.get(skill);
                skills.add(new OfferedSkill(
                        skill,
                        skillNames.getOrDefault(skill, "?"),
                        standing == null ? 1 : Math.max(1, standing.level()),
                        standing == null ? 0 : standing.evidence(),
                        standing == null ? "" : evidenceWhy(standing)));
            }
            mentors.add(new Mentor(
                    o.id(),
                    p.id(),
                    p.displayName(),
                    p.departmentId(),
                    p.grade(),
                    p.location(),
                    o.format(),
                    languages.getOrDefault(o.personId(), Set.of()),
                    o.places(),
                    o.hoursPerMonth(),
                    List.copyOf(skills),
                    o.canHelpWith()));
        }
        return mentors;
    }

    /**
     * The mentors with places left while the round is under review, by name, for pairing by hand: only what the
     * choice needs, without their skills and evidence.
     */
    List<RoundView.MentorOption> mentorsWithPlaces(Programme programme, long roundId) {
        List<OfferRow> offers = offers(programme, null, roundId, null);
        Map<Long, PersonSummary> persons =
                people.findPeople(offers.stream().map(OfferRow::personId).toList());
        List<RoundView.MentorOption> options = new ArrayList<>();
        for (OfferRow o : offers) {
            PersonSummary p = persons.get(o.personId());
            if (p != null && p.active() && o.places() > 0) {
                options.add(new RoundView.MentorOption(o.id(), p.displayName(), o.places()));
            }
        }
        options.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()));
        return options;
    }

    private List<OfferRow> offers(Programme programme, Long onlyOffer, Long roundId, Long ignoredProposal) {
        return jdbc.sql("""
                select o.id, o.person_id, o.format, o.hours_per_month, o.can_help_with,
                    least(o.capacity, :max) - (select count(*) from mentoring_proposal x where x.offer_id = o.id
                        and (x.status in ('PROPOSED', 'ACCEPTED')
                             or x.status = 'DRAFT' and x.round_id = :round and x.id <> :ignored)) as places,
                    array(select s.skill_id from mentor_offer_skill s where s.offer_id = o.id order by s.skill_id)
                        as skills
                from mentor_offer o
                where o.programme_id = :programme and o.withdrawn_at is null
                  and (cast(:only as bigint) is null or o.id = :only)
                order by o.id
                """)
                .param("max", programme.maxMenteesPerMentor())
                .param("round", roundId == null ? -1L : roundId)
                .param("ignored", ignoredProposal == null ? -1L : ignoredProposal)
                .param("programme", programme.id())
                .param("only", onlyOffer)
                .query((rs, n) -> new OfferRow(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        MeetingFormat.valueOf(rs.getString("format")),
                        rs.getInt("hours_per_month"),
                        rs.getString("can_help_with"),
                        rs.getInt("places"),
                        Arrays.stream((Object[]) rs.getArray("skills").getArray())
                                .map(o -> ((Number) o).longValue())
                                .toList()))
                .list();
    }

    /** Every pair already proposed in the programme (published, whatever became of it). */
    Set<PastPair> pastPairs(Programme programme) {
        return Set.copyOf(
                jdbc.sql("""
                select distinct mentee_id as mentee_person_id, mentor_id as mentor_person_id from mentoring_proposal
                where programme_id = ? and status not in ('DRAFT', 'DISCARDED')
                """).param(programme.id()).query(PastPair.class).list());
    }

    /** Evidence in counts only: the pair's reasons are read by people who may not open every item behind them. */
    static String evidenceWhy(SkillStanding s) {
        List<String> parts = new ArrayList<>();
        count(parts, s.acceptedAnswers(), "accepted answer", "accepted answers");
        count(parts, s.upvotedReplies(), "upvoted reply", "upvoted replies");
        count(parts, s.documentsAuthored(), "document written", "documents written");
        count(parts, s.documentsVerified(), "document verified", "documents verified");
        count(parts, s.mentored(), "colleague mentored", "colleagues mentored");
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    record RequestRow(
            long id,
            long personId,
            String goals,
            MeetingFormat format,
            String language,
            boolean preferOtherDepartment,
            boolean preferSameLocation,
            String skills,
            Set<Long> excluded) {}

    record OfferRow(
            long id,
            long personId,
            MeetingFormat format,
            int hoursPerMonth,
            String canHelpWith,
            int places,
            List<Long> skills) {}
}
