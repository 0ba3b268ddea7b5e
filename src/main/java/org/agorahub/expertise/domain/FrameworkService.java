package org.agorahub.expertise.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.agorahub.expertise.SkillRef;
import org.agorahub.expertise.domain.FrameworkRefusedException.Problem;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.Role;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competency frameworks: the skills a department or a job family needs, each with a target level and an importance.
 * Curators and admins manage every framework; a department lead manages their own department's.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    public static final int MAX_SKILLS = 100;

    private final JdbcClient jdbc;
    private final SkillLookup skills;
    private final PeopleApi people;
    private final AccessPolicy access;
    private final AuditLog audit;

    FrameworkService(JdbcClient jdbc, SkillLookup skills, PeopleApi people, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.skills = skills;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    /** Curators, admins and department leads manage frameworks (leads only their department's). */
    public boolean mayManageFrameworks(CurrentUser user) {
        return privileged(user) || (user.hasRole(Role.DEPARTMENT_LEAD) && user.departmentId() != null);
    }

    /** Whether the person may manage a framework of this department (null: a framework of a job family only). */
    public boolean mayManage(CurrentUser user, Long departmentId) {
        return privileged(user)
                || (user.hasRole(Role.DEPARTMENT_LEAD)
                        && departmentId != null
                        && Objects.equals(user.departmentId(), departmentId));
    }

    private static boolean privileged(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    public void requireManager(CurrentUser user) {
        access.require(mayManageFrameworks(user), user, "manage competency frameworks", "frameworks");
    }

    /** Every framework, by name, each saying whether the person may change it. */
    public List<FrameworkSummary> frameworks(CurrentUser user) {
        requireManager(user);
        return jdbc.sql("""
                        select f.id, f.name, f.description, f.department_id, d.name as department_name, f.job_family,
                               (select count(*) from framework_skill fs where fs.framework_id = f.id) as skills
                        from competency_framework f left join department d on d.id = f.department_id
                        order by lower(f.name), f.id
                        """)
                .query((rs, row) -> {
                    Long departmentId = rs.getObject("department_id", Long.class);
                    return new FrameworkSummary(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getString("description"),
                            departmentId,
                            rs.getString("department_name"),
                            rs.getString("job_family"),
                            rs.getInt("skills"),
                            mayManage(user, departmentId));
                })
                .list();
    }

    /** The framework for its edit form; only for those who may manage it. */
    public FrameworkDetails framework(CurrentUser user, long id) {
        FrameworkDetails framework = find(id).orElseThrow(() -> new FrameworkNotFoundException(id));
        access.require(mayManage(user, framework.departmentId()), user, "manage competency framework", id);
        return framework;
    }

    private Optional<FrameworkDetails> find(long id) {
        List<FrameworkSkill> rows =
                jdbc.sql("""
                        select fs.skill_id, s.name as skill_name, fs.target_level as target, fs.importance
                        from framework_skill fs join skill s on s.id = fs.skill_id
                        where fs.framework_id = ?
                        order by fs.importance desc, lower(s.name)
                        """).param(id).query(FrameworkSkill.class).list();
        return jdbc.sql(
                        "select id, name, description, department_id, job_family from competency_framework where id = ?")
                .param(id)
                .query((rs, row) -> new FrameworkDetails(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getObject("department_id", Long.class),
                        rs.getString("job_family"),
                        rows))
                .optional();
    }

    /**
     * Checks the settings without saving them, so a form with other errors also shows these.
     *
     * @throws FrameworkRefusedException with every reason the settings are refused
     */
    public void validate(CurrentUser user, FrameworkSettings settings) {
        check(user, settings);
    }

    /** @throws FrameworkRefusedException with every reason the settings are refused */
    @Transactional
    public long create(CurrentUser user, FrameworkSettings settings) {
        requireManager(user);
        List<FrameworkSkill> resolved = check(user, settings);
        long id = jdbc.sql("""
                        insert into competency_framework (name, description, department_id, job_family, created_by)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        settings.name().strip(),
                        blankToNull(settings.description()),
                        settings.departmentId(),
                        blankToNull(settings.jobFamily()),
                        user.id())
                .query(Long.class)
                .single();
        insertSkills(id, resolved);
        audit.record(
                user.id(), "expertise.framework.created", "competency_framework", id, describe(settings, resolved));
        return id;
    }

    /** @throws FrameworkRefusedException with every reason the settings are refused */
    @Transactional
    public void update(CurrentUser user, long id, FrameworkSettings settings) {
        framework(user, id);
        List<FrameworkSkill> resolved = check(user, settings);
        jdbc.sql("""
                        update competency_framework
                        set name = ?, description = ?, department_id = ?, job_family = ?, updated_at = now(),
                            version = version + 1
                        where id = ?
                        """)
                .params(
                        settings.name().strip(),
                        blankToNull(settings.description()),
                        settings.departmentId(),
                        blankToNull(settings.jobFamily()),
                        id)
                .update();
        jdbc.sql("delete from framework_skill where framework_id = ?").param(id).update();
        insertSkills(id, resolved);
        audit.record(
                user.id(), "expertise.framework.updated", "competency_framework", id, describe(settings, resolved));
    }

    @Transactional
    public String delete(CurrentUser user, long id) {
        FrameworkDetails framework = framework(user, id);
        jdbc.sql("delete from competency_framework where id = ?").param(id).update();
        audit.record(user.id(), "expertise.framework.deleted", "competency_framework", id, framework.name());
        return framework.name();
    }

    private void insertSkills(long frameworkId, List<FrameworkSkill> resolved) {
        for (FrameworkSkill skill : resolved) {
            jdbc.sql("""
                            insert into framework_skill (framework_id, skill_id, target_level, importance)
                            values (?, ?, ?, ?)
                            """)
                    .params(frameworkId, skill.skillId(), skill.target(), skill.importance())
                    .update();
        }
    }

    /** The skills of the settings, resolved; or every reason they are refused. */
    private List<FrameworkSkill> check(CurrentUser user, FrameworkSettings settings) {
        List<Problem> problems = new ArrayList<>();
        boolean hasJobFamily =
                settings.jobFamily() != null && !settings.jobFamily().isBlank();
        if (settings.departmentId() == null && !hasJobFamily) {
            problems.add(new Problem("departmentId", "framework.scope.required"));
        } else if (settings.departmentId() != null
                && people.departments().stream().noneMatch(d -> d.id() == settings.departmentId())) {
            problems.add(new Problem("departmentId", "framework.department.unknown"));
        } else if (!mayManage(user, settings.departmentId())) {
            problems.add(new Problem("departmentId", "framework.department.notYours"));
        }
        List<FrameworkSkill> resolved = new ArrayList<>();
        Map<Long, String> seen = new HashMap<>();
        for (FrameworkSettings.Entry entry : settings.skills()) {
            String field = "skills[" + entry.row() + "]";
            Optional<SkillRef> skill = skills.byNameOrAlias(entry.skill());
            if (skill.isEmpty()) {
                problems.add(new Problem(
                        field + ".skill",
                        "framework.skill.unknown",
                        entry.skill().strip()));
                continue;
            }
            SkillRef ref = skill.get();
            if (seen.putIfAbsent(ref.id(), entry.skill()) != null) {
                problems.add(new Problem(field + ".skill", "framework.skill.twice", ref.name()));
                continue;
            }
            boolean ok = true;
            if (entry.target() == null || entry.target() < 1 || entry.target() > 4) {
                problems.add(new Problem(field + ".target", "framework.skill.target.range", ref.name()));
                ok = false;
            }
            if (entry.importance() == null || entry.importance() < 1 || entry.importance() > 3) {
                problems.add(new Problem(field + ".importance", "framework.skill.importance.range", ref.name()));
                ok = false;
            }
            if (ok) {
                resolved.add(new FrameworkSkill(ref.id(), ref.name(), entry.target(), entry.importance()));
            }
        }
        if (settings.skills().isEmpty()) {
            problems.add(new Problem("skills", "framework.skills.required"));
        } else if (settings.skills().size() > MAX_SKILLS) {
            problems.add(new Problem("skills", "framework.skills.tooMany", MAX_SKILLS));
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRefusedException(problems);
        }
        return resolved;
    }

    private static String describe(FrameworkSettings settings, List<FrameworkSkill> skills) {
        StringBuilder detail = new StringBuilder(settings.name().strip());
        if (settings.departmentId() != null) {
            detail.append(" department:").append(settings.departmentId());
        }
        if (settings.jobFamily() != null && !settings.jobFamily().isBlank()) {
            detail.append(" job family:").append(settings.jobFamily().strip());
        }
        detail.append(" skills:");
        skills.forEach(skill -> detail.append(' ')
                .append(skill.skillId())
                .append('@')
                .append(skill.target())
                .append('/')
                .append(skill.importance()));
        String text = detail.toString();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
