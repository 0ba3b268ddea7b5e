package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agorahub.expertise.ExpertiseApi;
import org.agorahub.expertise.SkillNeed;
import org.agorahub.expertise.SkillRef;
import org.agorahub.expertise.SkillStanding;
import org.agorahub.mentoring.matching.MeetingFormat;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers to mentor and requests for a mentor, made, changed and withdrawn by the people themselves. */
@Service
@Transactional(readOnly = true)
public class ParticipationService {

    public static final int MAX_CAPACITY = 10;
    public static final int MAX_HOURS = 40;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_SKILLS = 10;
    public static final int MAX_EXCLUSIONS = 20;
    public static final int MAX_LANGUAGE = 60;

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final MentoringPolicy policy;
    private final ExpertiseApi expertise;
    private final PeopleApi people;
    private final ProposalService proposals;

    ParticipationService(
            JdbcClient jdbc,
            ProgrammeService programmes,
            MentoringPolicy policy,
            ExpertiseApi expertise,
            PeopleApi people,
            ProposalService proposals) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.policy = policy;
        this.expertise = expertise;
        this.people = people;
        this.proposals = proposals;
    }

    /** The skills a person may offer to mentor: those on their profile, by name. */
    public List<SkillStanding> offerableSkills(CurrentUser user) {
        return expertise.declaredSkills(user.id());
    }

    /** The skills to suggest for a request: the person's gaps first (most pressing first), then their declared skills. */
    public List<SkillChoice> requestableSkills(CurrentUser user) {
        Map<Long, SkillChoice> choices = new LinkedHashMap<>();
        for (SkillNeed need : expertise.gaps(user.id())) {
            choices.put(
                    need.skillId(), new SkillChoice(need.skillId(), need.skillName(), need.current(), need.target()));
        }
        for (SkillStanding standing : expertise.declaredSkills(user.id())) {
            choices.putIfAbsent(
                    standing.skillId(),
                    new SkillChoice(standing.skillId(), standing.skillName(), standing.level(), null));
        }
        return List.copyOf(choices.values());
    }

    /** A skill on the request form; {@code target} is set when it is one of the person's gaps. */
    public record SkillChoice(long skillId, String name, int current, Integer target) {

        public boolean gap() {
            return target != null;
        }
    }

    public MyParticipation mine(CurrentUser user, long programmeId) {
        return new MyParticipation(
                offer(user.id(), programmeId).orElse(null),
                request(user.id(), programmeId).orElse(null));
    }

    @Transactional
    public void saveOffer(CurrentUser user, long programmeId, OfferCommand command) {
        Programme programme = joinable(user, programmeId);
        Set<Long> declared = new LinkedHashSet<>();
        expertise.declaredSkills(user.id()).forEach(s -> declared.add(s.skillId()));
        List<Long> skills = command.skillIds() == null
                ? List.of()
                : command.skillIds().stream().distinct().toList();
        if (skills.isEmpty()) {
            throw new MentoringRefusedException(
                    "skillIds", declared.isEmpty() ? "offer.skills.noneDeclared" : "offer.skills.required");
        }
        if (!declared.containsAll(skills)) {
            throw new MentoringRefusedException("skillIds", "offer.skills.notDeclared");
        }
        if (command.capacity() < 1 || command.capacity() > MAX_CAPACITY) {
            throw new MentoringRefusedException("capacity", "offer.capacity.range", MAX_CAPACITY);
        }
        if (command.hoursPerMonth() < 1 || command.hoursPerMonth() > MAX_HOURS) {
            throw new MentoringRefusedException("hoursPerMonth", "offer.hours.range", MAX_HOURS);
        }
        String text = clean(command.canHelpWith());
        if (text.length() > MAX_TEXT) {
            throw new MentoringRefusedException("canHelpWith", "field.tooLong");
        }
        long id = jdbc.sql("""
                insert into mentor_offer (programme_id, person_id, capacity, hours_per_month, format, can_help_with)
                values (?, ?, ?, ?, ?, ?)
                on conflict (programme_id, person_id) do update set capacity = excluded.capacity,
                    hours_per_month = excluded.hours_per_month, format = excluded.format,
                    can_help_with = excluded.can_help_with, withdrawn_at = null, updated_at = now()
                returning id
                """)
                .params(
                        programme.id(),
                        user.id(),
                        command.capacity(),
                        command.hoursPerMonth(),
                        command.format().name(),
                        text)
                .query(Long.class)
                .single();
        jdbc.sql("delete from mentor_offer_skill where offer_id = ?").param(id).update();
        for (long skill : skills) {
            jdbc.sql("insert into mentor_offer_skill (offer_id, skill_id) values (?, ?)")
                    .params(id, skill)
                    .update();
        }
    }

    @Transactional
    public void saveRequest(CurrentUser user, long programmeId, RequestCommand command) {
        Programme programme = joinable(user, programmeId);
        Set<Long> skills = new LinkedHashSet<>();
        if (command.skillIds() != null) {
            skills.addAll(command.skillIds());
        }
        List<String> unknown = new ArrayList<>();
        for (String name : split(command.otherSkills())) {
            Optional<SkillRef> skill = expertise.skillNamed(name);
            if (skill.isPresent()) {
                skills.add(skill.get().id());
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new MentoringRefusedException("otherSkills", "request.skills.unknown", String.join(", ", unknown));
        }
        if (skills.isEmpty()) {
            throw new MentoringRefusedException("skillIds", "request.skills.required");
        }
        if (skills.size() > MAX_SKILLS) {
            throw new MentoringRefusedException("skillIds", "request.skills.tooMany", MAX_SKILLS);
        }
        Map<Long, SkillRef> known = expertise.skills(skills);
        if (!known.keySet().containsAll(skills)) {
            throw new MentoringRefusedException("skillIds", "request.skills.required");
        }
        String goals = clean(command.goals());
        if (goals.length() > MAX_TEXT) {
            throw new MentoringRefusedException("goals", "field.tooLong");
        }
        String language = clean(command.language());
        if (language.length() > MAX_LANGUAGE) {
            throw new MentoringRefusedException("language", "field.tooLong");
        }
        List<String> emails = split(command.excludedEmails());
        if (emails.size() > MAX_EXCLUSIONS) {
            throw new MentoringRefusedException("excludedEmails", "request.exclusions.tooMany", MAX_EXCLUSIONS);
        }
        Set<Long> excluded = new LinkedHashSet<>();
        List<String> strangers = new ArrayList<>();
        for (String email : emails) {
            Optional<PersonSummary> person = people.findByEmail(email);
            if (person.isPresent()) {
                if (!Objects.equals(person.get().id(), user.id())) {
                    excluded.add(person.get().id());
                }
            } else {
                strangers.add(email);
            }
        }
        if (!strangers.isEmpty()) {
            throw new MentoringRefusedException(
                    "excludedEmails", "request.exclusions.unknown", String.join(", ", strangers));
        }
        Map<Long, Integer> current = currentLevels(user.id());
        long id = jdbc.sql("""
                insert into mentee_request (programme_id, person_id, goals, format, language,
                    prefer_other_department, prefer_same_location)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (programme_id, person_id) do update set goals = excluded.goals,
                    format = excluded.format, language = excluded.language,
                    prefer_other_department = excluded.prefer_other_department,
                    prefer_same_location = excluded.prefer_same_location, withdrawn_at = null, updated_at = now()
                returning id
                """)
                .params(
                        programme.id(),
                        user.id(),
                        goals,
                        command.format().name(),
                        language.isEmpty() ? null : language,
                        command.preferOtherDepartment(),
                        command.preferSameLocation())
                .query(Long.class)
                .single();
        jdbc.sql("delete from mentee_request_skill where request_id = ?")
                .param(id)
                .update();
        for (long skill : skills) {
            jdbc.sql("insert into mentee_request_skill (request_id, skill_id, current_level) values (?, ?, ?)")
                    .params(id, skill, current.getOrDefault(skill, 0))
                    .update();
        }
        jdbc.sql("delete from mentee_request_exclusion where request_id = ?")
                .param(id)
                .update();
        for (long person : excluded) {
            jdbc.sql("insert into mentee_request_exclusion (request_id, person_id) values (?, ?)")
                    .params(id, person)
                    .update();
        }
    }

    /** Withdraws the person's offer; its open proposals are withdrawn and the mentees told. */
    @Transactional
    public void withdrawOffer(CurrentUser user, long programmeId) {
        Long offer = jdbc.sql("update mentor_offer set withdrawn_at = now() where programme_id = ? and person_id = ?"
                        + " and withdrawn_at is null returning id")
                .params(programmeId, user.id())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (offer != null) {
            proposals.withdrawOpen("offer_id", offer, user);
        }
    }

    /** Withdraws the person's request; its open proposal is withdrawn and the mentor told. */
    @Transactional
    public void withdrawRequest(CurrentUser user, long programmeId) {
        Long request = jdbc.sql(
                        "update mentee_request set withdrawn_at = now() where programme_id = ? and person_id = ?"
                                + " and withdrawn_at is null returning id")
                .params(programmeId, user.id())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (request != null) {
            proposals.withdrawOpen("request_id", request, user);
        }
    }

    private Programme joinable(CurrentUser user, long programmeId) {
        Programme programme = programmes.programme(user, programmeId);
        if (!policy.inAudience(user, programme)) {
            throw new MentoringRefusedException(null, "programme.notForYou");
        }
        if (programme.ended(LocalDate.now())) {
            throw new MentoringRefusedException(null, "programme.ended");
        }
        return programme;
    }

    /** The person's level on each skill as a request records it: their gap's current level, else declared. */
    private Map<Long, Integer> currentLevels(long personId) {
        Map<Long, Integer> levels = new HashMap<>();
        expertise.declaredSkills(personId).forEach(s -> levels.put(s.skillId(), s.level()));
        expertise.gaps(personId).forEach(g -> levels.put(g.skillId(), g.current()));
        return levels;
    }

    private Optional<MyParticipation.Offer> offer(long personId, long programmeId) {
        return jdbc.sql("""
                select o.id, o.capacity, o.hours_per_month, o.format, o.can_help_with,
                    array(select s.skill_id from mentor_offer_skill s where s.offer_id = o.id) as skills,
                    (select count(*) from mentoring_proposal x where x.offer_id = o.id
                        and x.status in ('PROPOSED', 'ACCEPTED')) as taken
                from mentor_offer o where o.programme_id = ? and o.person_id = ? and o.withdrawn_at is null
                """)
                .params(programmeId, personId)
                .query((rs, row) -> new MyParticipation.Offer(
                        rs.getLong("id"),
                        skills(rs.getArray("skills")),
                        rs.getInt("capacity"),
                        rs.getInt("hours_per_month"),
                        MeetingFormat.valueOf(rs.getString("format")),
                        rs.getString("can_help_with"),
                        rs.getInt("taken")))
                .optional();
    }

    private Optional<MyParticipation.Request> request(long personId, long programmeId) {
        return jdbc.sql("""
                select r.id, r.goals, r.format, r.language, r.prefer_other_department, r.prefer_same_location,
                    array(select s.skill_id from mentee_request_skill s where s.request_id = r.id) as skills,
                    array(select p.display_name from mentee_request_exclusion e join person p on p.id = e.person_id
                          where e.request_id = r.id order by lower(p.display_name)) as excluded,
                    array(select p.email from mentee_request_exclusion e join person p on p.id = e.person_id
                          where e.request_id = r.id order by lower(p.display_name)) as excluded_emails,
                    %s as waiting
                from mentee_request r where r.programme_id = ? and r.person_id = ? and r.withdrawn_at is null
                """.formatted(ProgrammeService.WAITING_REQUEST))
                .params(programmeId, personId)
                .query((rs, row) -> new MyParticipation.Request(
                        rs.getLong("id"),
                        skills(rs.getArray("skills")),
                        rs.getString("goals"),
                        MeetingFormat.valueOf(rs.getString("format")),
                        rs.getString("language"),
                        rs.getBoolean("prefer_other_department"),
                        rs.getBoolean("prefer_same_location"),
                        Arrays.stream((Object[]) rs.getArray("excluded").getArray())
                                .map(String::valueOf)
                                .toList(),
                        Arrays.stream((Object[]) rs.getArray("excluded_emails").getArray())
                                .map(String::valueOf)
                                .toList(),
                        rs.getBoolean("waiting")))
                .optional();
    }

    private List<SkillRef> skills(java.sql.Array array) throws java.sql.SQLException {
        List<Long> ids = Arrays.stream((Object[]) array.getArray())
                .map(o -> ((Number) o).longValue())
                .toList();
        return expertise.skills(ids).values().stream()
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()))
                .toList();
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
