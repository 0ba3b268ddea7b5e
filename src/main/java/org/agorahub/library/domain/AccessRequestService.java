package org.agorahub.library.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for access to a library: a person who can see a library but not contribute to it, or who is not one of
 * its members (documents for members only stay closed to them), asks its managers; a manager approves (adding the
 * membership the way the members form does) or declines with a reason.
 *
 * <p>Only libraries the person can already see can be asked about: for any other library the answer is the same
 * "not found" as for one that does not exist, so a request never reveals a library's name or existence.
 *
 * <p>Library managers (and curators and admins, who manage every library) may answer any request of a library they
 * manage; the requests someone is <i>asked</i> to answer (their list and the counts) are those of the libraries where
 * they are a named manager, and every request for admins.
 */
@Service
@Transactional(readOnly = true)
public class AccessRequestService {

    /** The roles one may ask for: READER (to become a member) and CONTRIBUTOR; managers are chosen, not asked for. */
    public static final List<LibraryRole> ASKABLE = List.of(LibraryRole.READER, LibraryRole.CONTRIBUTOR);

    public static final int MESSAGE_LENGTH = 500;

    /** The most waiting requests one page lists (the count covers all). */
    public static final int LISTED = 200;

    private static final String SELECT_VIEW = """
            select r.id, r.library_id, l.name as library_name, r.person_id, p.display_name as person_name,
                   p.email as person_email, p.active as person_active, r.role, r.message, r.status, r.requested_at,
                   d.display_name as decided_by_name, r.decided_at, r.granted_role, r.decline_reason
            from library_access_request r
                 join library l on l.id = r.library_id
                 join person p on p.id = r.person_id
                 left join person d on d.id = r.decided_by
            """;

    /** The requests a person is asked to answer; parameters :admin and :me. */
    private static final String ANSWERED_BY = """
            (:admin or exists (select 1 from library_member m
                where m.library_id = r.library_id and m.person_id = :me and m.role = 'MANAGER'))""";

    private final LibraryService libraries;
    private final LibraryPolicy policy;
    private final AccessPolicy access;
    private final PeopleApi people;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    AccessRequestService(
            LibraryService libraries,
            LibraryPolicy policy,
            AccessPolicy access,
            PeopleApi people,
            AuditLog audit,
            JdbcClient jdbc) {
        this.libraries = libraries;
        this.policy = policy;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * What the person may still ask for in the library and their latest request there.
     *
     * @throws LibraryNotFoundException when it does not exist or the person may not see it
     */
    public AccessRequestState state(CurrentUser user, long libraryId) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        List<LibraryRole> askable = askable(user, library);
        AccessRequestView latest = user.id() == null
                ? null
                : jdbc.sql(SELECT_VIEW + """
                                where r.library_id = :library and r.person_id = :me
                                order by r.requested_at desc, r.id desc limit 1""")
                        .param("library", libraryId)
                        .param("me", user.id())
                        .query(AccessRequestView.class)
                        .optional()
                        .orElse(null);
        return new AccessRequestState(libraryId, library.name(), askable, latest);
    }

    /**
     * Sends a request to the library's managers.
     *
     * @throws LibraryNotFoundException when it does not exist or the person may not see it
     * @throws AccessRequestRefusedException when the person already has that access or already has a request waiting
     */
    @Transactional
    public long ask(CurrentUser user, long libraryId, LibraryRole role, String message) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        if (role == null || !ASKABLE.contains(role)) {
            throw new AccessRequestRefusedException("role", "library.access.role.required");
        }
        if (policy.hasAccess(user, library, role)) {
            throw new AccessRequestRefusedException("role", "library.access.alreadyHas");
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > MESSAGE_LENGTH) {
            throw new AccessRequestRefusedException("message", "library.access.message.tooLong");
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into library_access_request (library_id, person_id, role, message)
                            values (:library, :me, :role, :message) returning id""")
                    .param("library", libraryId)
                    .param("me", user.id())
                    .param("role", role.name())
                    .param("message", text)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            // one request waits per person and library (unique index): a second one, even sent at the same moment
            throw new AccessRequestRefusedException(null, "library.access.alreadyAsked");
        }
        audit.record(user.id(), "library.access.requested", "library", libraryId, role.name());
        return id;
    }

    /** The waiting requests the person is asked to answer, oldest first, at most {@link #LISTED}; one query. */
    public List<AccessRequestView> waiting(CurrentUser user) {
        return jdbc.sql(SELECT_VIEW + " where r.status = 'PENDING' and " + ANSWERED_BY
                        + " order by r.requested_at, r.id limit :limit")
                .params(answerer(user))
                .param("limit", LISTED)
                .query(AccessRequestView.class)
                .list();
    }

    /** How many requests wait for the person's answer (every waiting request for admins); one query. */
    public long countWaiting(CurrentUser user) {
        return jdbc.sql("select count(*) from library_access_request r where r.status = 'PENDING' and " + ANSWERED_BY)
                .params(answerer(user))
                .query(Long.class)
                .single();
    }

    /**
     * The waiting requests of one library, oldest first, for its managers' settings page.
     *
     * @throws LibraryNotFoundException when the person may not see the library
     * @throws org.springframework.security.access.AccessDeniedException when they do not manage it
     */
    public List<AccessRequestView> waitingIn(CurrentUser user, long libraryId) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        access.require(policy.canManage(user, library), user, "see access requests", libraryId);
        return jdbc.sql(SELECT_VIEW + " where r.status = 'PENDING' and r.library_id = :library"
                        + " order by r.requested_at, r.id limit :limit")
                .param("library", libraryId)
                .param("limit", LISTED)
                .query(AccessRequestView.class)
                .list();
    }

    /** How many requests wait in one library: for its managers only (the caller checks). */
    public long countWaitingIn(long libraryId) {
        return jdbc.sql("select count(*) from library_access_request where status = 'PENDING' and library_id = ?")
                .param(libraryId)
                .query(Long.class)
                .single();
    }

    /**
     * The person's own requests, newest first (at most 50), in libraries they can still see: a library closed to them
     * since is left out, so its new name (if renamed) is not revealed.
     */
    public List<AccessRequestView> mine(CurrentUser user) {
        if (user.id() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT_VIEW + " where r.person_id = :me and " + LibraryService.CAN_READ_LIBRARY
                        + " order by r.requested_at desc, r.id desc limit 50")
                .params(LibraryService.viewerParameters(user))
                .query(AccessRequestView.class)
                .list();
    }

    /**
     * One request, for someone who may answer it.
     *
     * @throws AccessRequestNotFoundException when there is none or it is in a library the person cannot see
     * @throws org.springframework.security.access.AccessDeniedException when they see the library but do not manage it
     */
    public AccessRequestView request(CurrentUser user, long requestId) {
        long libraryId = libraryOf(requestId, false);
        managedLibrary(user, libraryId, requestId);
        return view(requestId);
    }

    /**
     * Approves a waiting request: the person becomes a named member with the chosen role, as if added on the members
     * form (same checks, audit and search reindexing), and the answer is recorded and audited.
     *
     * @throws AccessRequestRefusedException when the request was answered already, the person is deactivated or
     *     already has that access; nothing is changed
     */
    @Transactional
    public AccessRequestView approve(CurrentUser user, long requestId, LibraryRole role) {
        long libraryId = libraryOf(requestId, true);
        LibraryAccess library = managedLibrary(user, libraryId, requestId);
        AccessRequestView request = view(requestId);
        if (!request.pending()) {
            throw new AccessRequestRefusedException(null, "library.access.alreadyDecided");
        }
        if (role == null) {
            throw new AccessRequestRefusedException("role", "library.member.role.required");
        }
        CurrentUser requester = people.activeUsers(Set.of(request.personId())).get(request.personId());
        if (requester == null) {
            throw new AccessRequestRefusedException(null, "library.access.requesterInactive", request.personName());
        }
        if (policy.hasAccess(requester, library, role)) {
            throw new AccessRequestRefusedException("role", "library.access.requesterHas", request.personName());
        }
        libraries.setMember(user, libraryId, request.personId(), role);
        jdbc.sql("""
                        update library_access_request
                        set status = 'APPROVED', decided_by = :me, decided_at = now(), granted_role = :role
                        where id = :id""")
                .param("me", user.id())
                .param("role", role.name())
                .param("id", requestId)
                .update();
        audit.record(
                user.id(), "library.access.approved", "library", libraryId, request.personEmail() + " " + role.name());
        return view(requestId);
    }

    /**
     * Declines a waiting request, with an optional reason the requester sees.
     *
     * @throws AccessRequestRefusedException when the request was answered already; nothing is changed
     */
    @Transactional
    public AccessRequestView decline(CurrentUser user, long requestId, String reason) {
        long libraryId = libraryOf(requestId, true);
        managedLibrary(user, libraryId, requestId);
        AccessRequestView request = view(requestId);
        if (!request.pending()) {
            throw new AccessRequestRefusedException(null, "library.access.alreadyDecided");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > MESSAGE_LENGTH) {
            throw new AccessRequestRefusedException("reason", "library.access.message.tooLong");
        }
        jdbc.sql("""
                        update library_access_request
                        set status = 'DECLINED', decided_by = :me, decided_at = now(), decline_reason = :reason
                        where id = :id""")
                .param("me", user.id())
                .param("reason", text)
                .param("id", requestId)
                .update();
        audit.record(
                user.id(),
                "library.access.declined",
                "library",
                libraryId,
                request.personEmail() + " " + request.role().name() + (text == null ? "" : ": " + text));
        return view(requestId);
    }

    private List<LibraryRole> askable(CurrentUser user, LibraryAccess library) {
        return ASKABLE.stream().filter(r -> !policy.hasAccess(user, library, r)).toList();
    }

    /** The request's library; with {@code lock}, the request row stays locked until the transaction ends. */
    private long libraryOf(long requestId, boolean lock) {
        return jdbc.sql("select library_id from library_access_request where id = ?" + (lock ? " for update" : ""))
                .param(requestId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new AccessRequestNotFoundException(requestId));
    }

    private LibraryAccess managedLibrary(CurrentUser user, long libraryId, long requestId) {
        LibraryAccess library;
        try {
            library = libraries.readableAccess(user, libraryId);
        } catch (LibraryNotFoundException e) {
            throw new AccessRequestNotFoundException(requestId);
        }
        access.require(policy.canManage(user, library), user, "answer access request", requestId);
        return library;
    }

    private AccessRequestView view(long requestId) {
        return jdbc.sql(SELECT_VIEW + " where r.id = ?")
                .param(requestId)
                .query(AccessRequestView.class)
                .optional()
                .orElseThrow(() -> new AccessRequestNotFoundException(requestId));
    }

    private static Map<String, Object> answerer(CurrentUser user) {
        return Map.of("admin", user.isAdmin(), "me", user.id() == null ? -1L : user.id());
    }
}
