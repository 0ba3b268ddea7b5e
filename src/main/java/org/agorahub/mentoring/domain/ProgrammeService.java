package org.agorahub.mentoring.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agorahub.mentoring.matching.CrossDepartment;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes: started by admins and curators, listed for the people they are for. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_MENTEES_PER_MENTOR = 10;
    public static final int MAX_GRADE_GAP = 10;

    private static final String COLUMNS = """
            select p.id, p.name, p.description, p.starts_on, p.ends_on, p.cross_department, p.min_grade_gap,
                   p.max_mentees_per_mentor,
                   array(select d.department_id from mentoring_programme_department d
                         where d.programme_id = p.id order by d.department_id) as department_ids,
                   array(select dp.name from mentoring_programme_department d join department dp
                         on dp.id = d.department_id where d.programme_id = p.id order by lower(dp.name))
                       as department_names,
                   array(select o.person_id from mentoring_organiser o
                         where o.programme_id = p.id order by o.person_id) as organiser_ids
            from mentoring_programme p
            """;

    /** A request or offer is waiting when it is not withdrawn and no live proposal holds it. */
    static final String WAITING_REQUEST = """
            r.withdrawn_at is null and not exists (select 1 from mentoring_proposal x
                where x.request_id = r.id and x.status in ('DRAFT', 'PROPOSED', 'ACCEPTED'))""";

    private final JdbcClient jdbc;
    private final MentoringPolicy policy;
    private final PeopleApi people;
    private final AuditLog audit;

    ProgrammeService(JdbcClient jdbc, MentoringPolicy policy, PeopleApi people, AuditLog audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.people = people;
        this.audit = audit;
    }

    /** Starts a programme; its starter organises it. */
    @Transactional
    public long create(CurrentUser user, ProgrammeCommand command) {
        if (!policy.canStartProgrammes(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed to start programmes");
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            throw new MentoringRefusedException("name", "programme.name.required");
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            throw new MentoringRefusedException("endsOn", "programme.endsOn.beforeStart");
        }
        boolean taken = jdbc.sql("select exists (select 1 from mentoring_programme where lower(name) = lower(?))")
                .param(name)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new MentoringRefusedException("name", "programme.name.taken");
        }
        Map<Long, DepartmentSummary> departments = new HashMap<>();
        people.departments().forEach(d -> departments.put(d.id(), d));
        List<Long> audience = command.departmentIds() == null
                ? List.of()
                : command.departmentIds().stream().distinct().toList();
        if (!departments.keySet().containsAll(audience)) {
            throw new MentoringRefusedException("departmentIds", "programme.departments.unknown");
        }
        long id = jdbc.sql("""
                insert into mentoring_programme (name, description, starts_on, ends_on, cross_department,
                    min_grade_gap, max_mentees_per_mentor, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        name,
                        command.description() == null
                                ? ""
                                : command.description().strip(),
                        command.startsOn(),
                        command.endsOn(),
                        command.crossDepartment().name(),
                        command.minGradeGap(),
                        command.maxMenteesPerMentor(),
                        user.id())
                .query(Long.class)
                .single();
        for (long department : audience) {
            jdbc.sql("insert into mentoring_programme_department (programme_id, department_id) values (?, ?)")
                    .params(id, department)
                    .update();
        }
        jdbc.sql("insert into mentoring_organiser (programme_id, person_id) values (?, ?)")
                .params(id, user.id())
                .update();
        audit.record(user.id(), "mentoring.programme.created", "mentoring_programme", id, name);
        return id;
    }

    /** The programme, when the person may see it. */
    public Programme programme(CurrentUser user, long id) {
        Programme programme = find(id);
        if (!policy.canSee(user, programme)) {
            throw new MentoringNotFoundException("programme", id);
        }
        return programme;
    }

    /** The programme, whoever asks: for code that has already decided. */
    Programme find(long id) {
        return jdbc.sql(COLUMNS + " where p.id = ?")
                .param(id)
                .query((rs, row) -> map(rs))
                .optional()
                .orElseThrow(() -> new MentoringNotFoundException("programme", id));
    }

    /** The programmes the person may see, current ones first, with their waiting numbers; one statement. */
    public List<ProgrammeSummary> list(CurrentUser user) {
        List<Programme> all = jdbc.sql(COLUMNS + " order by p.ends_on < current_date, p.starts_on desc, p.id desc")
                .query((rs, row) -> map(rs))
                .list();
        java.util.Set<Long> departments = policy.departmentsOf(user);
        return summaries(
                user,
                all.stream().filter(p -> policy.canSee(user, departments, p)).toList());
    }

    /** The programme's summary (waiting numbers, the viewer's part in it), for a programme they may see. */
    public ProgrammeSummary summary(CurrentUser user, Programme programme) {
        return summaries(user, List.of(programme)).get(0);
    }

    /** The programmes' summaries, in their order; one statement however many. */
    private List<ProgrammeSummary> summaries(CurrentUser user, List<Programme> visible) {
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select p.id,
                    (select count(*) from mentor_offer o where o.programme_id = p.id and o.withdrawn_at is null
                        and o.capacity > (select count(*) from mentoring_proposal x where x.offer_id = o.id
                                          and x.status in ('DRAFT', 'PROPOSED', 'ACCEPTED'))) as mentors,
                    (select count(*) from mentee_request r where r.programme_id = p.id and %s) as mentees,
                    exists (select 1 from mentor_offer o where o.programme_id = p.id and o.person_id = :me
                            and o.withdrawn_at is null) as offering,
                    exists (select 1 from mentee_request r where r.programme_id = p.id and r.person_id = :me
                            and r.withdrawn_at is null) as asking
                from mentoring_programme p where p.id in (:ids)
                """.formatted(WAITING_REQUEST))
                .param("me", user.id() == null ? -1 : user.id())
                .param("ids", visible.stream().map(Programme::id).toList())
                .query((rs, row) -> Map.entry(
                        rs.getLong(1),
                        new int[] {rs.getInt(2), rs.getInt(3), rs.getBoolean(4) ? 1 : 0, rs.getBoolean(5) ? 1 : 0}))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        List<ProgrammeSummary> summaries = new ArrayList<>();
        for (Programme p : visible) {
            int[] c = counts.getOrDefault(p.id(), new int[4]);
            summaries.add(new ProgrammeSummary(
                    p.id(),
                    p.name(),
                    p.description(),
                    p.startsOn(),
                    p.endsOn(),
                    p.departmentNames(),
                    c[0],
                    c[1],
                    policy.organises(user, p),
                    c[2] == 1,
                    c[3] == 1));
        }
        return summaries;
    }

    private Programme map(java.sql.ResultSet rs) throws SQLException {
        Integer gap = rs.getObject("min_grade_gap", Integer.class);
        return new Programme(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getObject("ends_on", java.time.LocalDate.class),
                CrossDepartment.valueOf(rs.getString("cross_department")),
                gap,
                rs.getInt("max_mentees_per_mentor"),
                longs(rs.getArray("department_ids")),
                Arrays.stream((Object[]) rs.getArray("department_names").getArray())
                        .map(String::valueOf)
                        .toList(),
                longs(rs.getArray("organiser_ids")));
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(o -> ((Number) o).longValue())
                .toList();
    }
}
