package org.agorahub.library.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.library.DocumentEvents.LibraryAccessChanged;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Libraries: the list a person may see, creating them, their settings and their members. */
@Service
@Transactional(readOnly = true)
public class LibraryService {

    /** Conditions shared by the list and its counts; parameters :privileged, :me, :dept. */
    static final String MEMBER_OF_LIBRARY = """
            (:privileged
             or exists (select 1 from library_member m where m.library_id = l.id and m.person_id = :me)
             or (l.visibility <> 'RESTRICTED' and l.department_id = :dept))""";

    static final String CAN_READ_LIBRARY = "(l.visibility = 'ORGANISATION' or " + MEMBER_OF_LIBRARY + ")";

    private final LibraryRepository libraries;
    private final LibraryPolicy policy;
    private final AccessPolicy access;
    private final PeopleApi people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    private final LibraryReindexer reindexer;

    LibraryService(
            LibraryRepository libraries,
            LibraryPolicy policy,
            AccessPolicy access,
            PeopleApi people,
            AuditLog audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            LibraryReindexer reindexer) {
        this.reindexer = reindexer;
        this.libraries = libraries;
        this.policy = policy;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The libraries the person may see, with the number of documents they may see in each. */
    public Page<LibrarySummary> visibleLibraries(CurrentUser user, LibrarySort sort, Pageable page) {
        Map<String, Object> viewer = viewerParameters(user);
        long total = jdbc.sql("select count(*) from library l where " + CAN_READ_LIBRARY)
                .params(viewer)
                .query(Long.class)
                .single();
        List<LibrarySummary> rows = jdbc.sql("""
                select l.id, l.name, l.description, d.name as department_name, l.visibility,
                       (select count(*) from document doc
                        where doc.library_id = l.id and doc.deleted_at is null
                          and (doc.classification <> 'OFFICIAL_SENSITIVE' or %s)) as documents,
                       l.updated_at
                from library l left join department d on d.id = l.department_id
                where %s
                order by %s
                limit :limit offset :offset
                """.formatted(MEMBER_OF_LIBRARY, CAN_READ_LIBRARY, sort.orderBy))
                .params(viewer)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(LibrarySummary.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    static Map<String, Object> viewerParameters(CurrentUser user) {
        return Map.of(
                "privileged", user.isAdmin() || user.hasRole(Role.CURATOR),
                "me", user.id() == null ? -1L : user.id(),
                "dept", user.departmentId() == null ? -1L : user.departmentId());
    }

    /** @throws LibraryNotFoundException when it does not exist or the person may not see it */
    public LibraryView library(CurrentUser user, long id) {
        Library library = readable(user, id);
        LibraryAccess rules = LibraryAccess.of(library);
        String department = library.getDepartmentId() == null
                ? null
                : people.departments().stream()
                        .filter(d -> d.id() == library.getDepartmentId())
                        .map(DepartmentSummary::name)
                        .findFirst()
                        .orElse(null);
        Map<Long, PersonSummary> named = people.findPeople(library.getMembers().keySet());
        List<LibraryView.Member> members = library.getMembers().entrySet().stream()
                .filter(e -> named.containsKey(e.getKey()))
                .map(e ->
                        new LibraryView.Member(e.getKey(), named.get(e.getKey()).displayName(), e.getValue()))
                .sorted(Comparator.comparing(LibraryView.Member::displayName))
                .toList();
        return new LibraryView(
                library.getId(),
                library.getName(),
                library.getDescription(),
                library.getDepartmentId(),
                department,
                library.getVisibility(),
                members,
                policy.roleOf(user, rules).orElseThrow(),
                policy.isMember(user, rules),
                library.getVersion());
    }

    /** Library rules for other services (documents, downloads); 404 when the person may not see it. */
    LibraryAccess readableAccess(CurrentUser user, long id) {
        return LibraryAccess.of(readable(user, id));
    }

    private Library readable(CurrentUser user, long id) {
        Library library = libraries.findWithMembers(id).orElseThrow(() -> new LibraryNotFoundException(id));
        if (!policy.canRead(user, LibraryAccess.of(library))) {
            // the same answer as for a library that does not exist: its existence is not revealed
            throw new LibraryNotFoundException(id);
        }
        return library;
    }

    /** Anyone may start a library and manages it; only curators and admins start one for another department. */
    @Transactional
    public long create(CurrentUser user, LibrarySettings settings) {
        checkDepartment(user, settings);
        if (nameSeenElsewhere(user, settings.name(), -1)) {
            throw new LibraryNameInUseException();
        }
        Library library = libraries.save(new Library(
                settings.name(), settings.description(), settings.departmentId(), settings.visibility(), user.id()));
        audit.record(user.id(), "library.created", "library", library.getId(), library.getName());
        return library.getId();
    }

    @Transactional
    public void update(CurrentUser user, long id, LibrarySettings settings, long expectedVersion) {
        Library library = readable(user, id);
        access.require(policy.canManage(user, LibraryAccess.of(library)), user, "manage library", id);
        if (library.getVersion() != expectedVersion) {
            throw new ChangedSinceOpenedException();
        }
        if (settings.visibility() == Visibility.DEPARTMENT && settings.departmentId() == null) {
            throw new DepartmentRequiredException();
        }
        if (!java.util.Objects.equals(settings.departmentId(), library.getDepartmentId())) {
            checkDepartment(user, settings);
        }
        if (nameSeenElsewhere(user, settings.name(), id)) {
            throw new LibraryNameInUseException();
        }
        boolean accessChanged = settings.visibility() != library.getVisibility()
                || !java.util.Objects.equals(settings.departmentId(), library.getDepartmentId());
        library.update(settings.name(), settings.description(), settings.departmentId(), settings.visibility());
        audit.record(
                user.id(),
                accessChanged ? "library.visibility.changed" : "library.updated",
                "library",
                id,
                settings.visibility() + (settings.departmentId() == null ? "" : " dept:" + settings.departmentId()));
        if (accessChanged) {
            reindexer.reindex(id);
            events.publishEvent(new LibraryAccessChanged(id, user.id()));
        }
    }

    @Transactional
    public void setMember(CurrentUser user, long id, long personId, LibraryRole role) {
        Library library = readable(user, id);
        access.require(policy.canManage(user, LibraryAccess.of(library)), user, "manage library members", id);
        PersonSummary person = people.findPerson(personId)
                .filter(PersonSummary::active)
                .orElseThrow(() -> new UnknownMemberException());
        if (role != LibraryRole.MANAGER && isLastManager(library, person.id())) {
            throw new LastManagerException();
        }
        library.setMember(person.id(), role);
        audit.record(user.id(), "library.member.set", "library", id, person.email() + " " + role);
        events.publishEvent(new LibraryAccessChanged(id, user.id()));
    }

    @Transactional
    public void removeMember(CurrentUser user, long id, long personId) {
        Library library = readable(user, id);
        access.require(policy.canManage(user, LibraryAccess.of(library)), user, "manage library members", id);
        if (isLastManager(library, personId)) {
            throw new LastManagerException();
        }
        library.removeMember(personId);
        audit.record(user.id(), "library.member.removed", "library", id, "person:" + personId);
        events.publishEvent(new LibraryAccessChanged(id, user.id()));
    }

    /** Names of those of the given libraries the person may see; one query. */
    public Map<Long, String> visibleNames(CurrentUser user, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select l.id, l.name from library l where l.id in (:ids) and " + CAN_READ_LIBRARY)
                .params(viewerParameters(user))
                .param("ids", java.util.List.copyOf(ids))
                .query((rs, row) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    /** The libraries the person manages (every library for curators and admins), by name; one query. */
    public Map<Long, String> managedNames(CurrentUser user) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select l.id, l.name from library l
                        where :privileged or exists (select 1 from library_member m
                            where m.library_id = l.id and m.person_id = :me and m.role = 'MANAGER')
                        order by lower(l.name), l.id
                        """)
                .params(viewerParameters(user))
                .query((rs, row) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    private static boolean isLastManager(Library library, long personId) {
        long managers = library.getMembers().values().stream()
                .filter(r -> r == LibraryRole.MANAGER)
                .count();
        return library.getMembers().get(personId) == LibraryRole.MANAGER && managers == 1;
    }

    /**
     * Whether another library the person can see already has this name. Libraries they cannot see do not
     * count, so the answer never reveals a restricted library.
     */
    private boolean nameSeenElsewhere(CurrentUser user, String name, long exceptId) {
        return jdbc.sql("select count(*) > 0 from library l where lower(l.name) = lower(:name) and l.id <> :except"
                        + " and " + CAN_READ_LIBRARY)
                .params(viewerParameters(user))
                .param("name", name.strip())
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    private void checkDepartment(CurrentUser user, LibrarySettings settings) {
        boolean privileged = user.isAdmin() || user.hasRole(Role.CURATOR);
        if (settings.visibility() == Visibility.DEPARTMENT && settings.departmentId() == null) {
            throw new DepartmentRequiredException();
        }
        if (settings.departmentId() != null
                && !privileged
                && !settings.departmentId().equals(user.departmentId())) {
            throw new NotYourDepartmentException();
        }
    }

    /** The libraries the person is a named member of, whatever their role. */
    /**
     * The search tokens the person reads documents with ({@link LibraryPolicy#readTokens}), or empty for those who
     * read every library (no trimming).
     */
    public java.util.Optional<Set<String>> documentReadTokens(CurrentUser user) {
        if (user.isAdmin() || user.hasRole(Role.CURATOR)) {
            return java.util.Optional.empty();
        }
        Set<Long> named = user.id() == null ? Set.of() : namedMemberships(user.id());
        return java.util.Optional.of(policy.readTokens(user, named));
    }

    public Set<Long> namedMemberships(long personId) {
        return Set.copyOf(jdbc.sql("select library_id from library_member where person_id = :me")
                .param("me", personId)
                .query(Long.class)
                .list());
    }

    /** Documents not in the trash, whoever may see them: for set-up code, never for display. */
    public long countActiveDocuments() {
        return jdbc.sql("select count(*) from document where deleted_at is null")
                .query(Long.class)
                .single();
    }
}
