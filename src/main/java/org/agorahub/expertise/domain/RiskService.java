package org.agorahub.expertise.domain;

import java.util.List;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge at risk in a department, for succession planning: skills only one of its active people holds at
 * practitioner level or above (by their declared level), and documents whose owner is deactivated.
 */
@Service
@Transactional(readOnly = true)
public class RiskService {

    /** A skill counts as held from this declared level (practitioner: does it unaided and helps others). */
    public static final int HOLDING_LEVEL = 3;

    /** At most this many documents of deactivated owners are listed. */
    public static final int DOCUMENT_LIMIT = 200;

    private final JdbcClient jdbc;
    private final LibraryApi libraries;

    RiskService(JdbcClient jdbc, LibraryApi libraries) {
        this.jdbc = jdbc;
        this.libraries = libraries;
    }

    /** What the department would lose, as the viewer may see it (documents trimmed to what they may read). */
    public KnowledgeAtRisk atRisk(CurrentUser viewer, DepartmentSummary department) {
        return new KnowledgeAtRisk(
                department,
                soleHolders(department.id()),
                libraries.documentsOfDeactivatedOwners(viewer, department.id(), DOCUMENT_LIMIT));
    }

    /** The skills only one active person of the department holds at {@link #HOLDING_LEVEL} or above, by name. */
    public List<SoleHolder> soleHolders(long departmentId) {
        return jdbc.sql("""
                        select s.id as skill_id, s.name as skill_name, min(p.id) as person_id,
                               min(p.display_name) as display_name, min(ps.level) as level
                        from person_skill ps
                        join person p on p.id = ps.person_id and p.active and p.department_id = :department
                        join skill s on s.id = ps.skill_id
                        where ps.level >= :level
                        group by s.id, s.name
                        having count(*) = 1
                        order by lower(s.name), s.id
                        """)
                .param("department", departmentId)
                .param("level", HOLDING_LEVEL)
                .query(SoleHolder.class)
                .list();
    }
}
