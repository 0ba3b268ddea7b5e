package org.agorahub.forum.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agorahub.forum.NewBoard;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Visibility;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Boards: the list a person may see, creating them, and the access rules of one board for other services. */
@Service
@Transactional(readOnly = true)
public class BoardService {

    /** {@link ForumPolicy#canSee} in SQL, on a board aliased {@code b}; parameters :privileged, :me, :dept. */
    static final String CAN_SEE_BOARD = """
            (:privileged or b.visibility = 'ORGANISATION'
             or exists (select 1 from forum_board_member m where m.board_id = b.id and m.person_id = :me)
             or (b.visibility = 'DEPARTMENT' and b.department_id = :dept))""";

    /**
     * {@link ForumPolicy#canModerate} in SQL, on a board aliased {@code b}; parameters :privileged, :me. (A named
     * moderator always sees the board, so the rule needs no {@link #CAN_SEE_BOARD}.)
     */
    static final String CAN_MODERATE_BOARD = """
            (:privileged
             or exists (select 1 from forum_board_member m
                        where m.board_id = b.id and m.person_id = :me and m.role = 'MODERATOR'))""";

    private final BoardRepository boards;
    private final ForumPolicy policy;
    private final AccessPolicy access;
    private final PeopleApi people;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ThreadIndexer indexer;

    BoardService(
            BoardRepository boards,
            ForumPolicy policy,
            AccessPolicy access,
            PeopleApi people,
            AuditLog audit,
            JdbcClient jdbc,
            ThreadIndexer indexer) {
        this.boards = boards;
        this.policy = policy;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    /** The boards the person may see, by name, with their thread counts and latest activity. */
    public Page<BoardSummary> visibleBoards(CurrentUser user, Pageable page) {
        Map<String, Object> viewer = viewerParameters(user);
        long total = jdbc.sql("select count(*) from forum_board b where " + CAN_SEE_BOARD)
                .params(viewer)
                .query(Long.class)
                .single();
        List<BoardSummary> rows = jdbc.sql("""
                select b.id, b.name, b.description, d.name as department_name, b.visibility,
                       coalesce(t.threads, 0) as threads, t.latest_activity
                from forum_board b
                left join department d on d.id = b.department_id
                left join lateral (select count(*) as threads, max(th.last_activity_at) as latest_activity
                                   from forum_thread th
                                   where th.board_id = b.id and th.deleted_at is null) t on true
                where %s
                order by lower(b.name), b.id
                limit :limit offset :offset
                """.formatted(CAN_SEE_BOARD))
                .params(viewer)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(BoardSummary.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    static Map<String, Object> viewerParameters(CurrentUser user) {
        return Map.of(
                "privileged", ForumPolicy.privileged(user),
                "me", user.id() == null ? -1L : user.id(),
                "dept", user.departmentId() == null ? -1L : user.departmentId());
    }

    /** @throws BoardNotFoundException when it does not exist or the person may not see it */
    public BoardView board(CurrentUser user, long id) {
        Board entity = readable(user, id);
        BoardAccess board = BoardAccess.of(entity);
        String department = entity.getDepartmentId() == null
                ? null
                : people.departments().stream()
                        .filter(d -> d.id() == entity.getDepartmentId())
                        .map(DepartmentSummary::name)
                        .findFirst()
                        .orElse(null);
        Set<Long> moderatorIds = new HashSet<>();
        board.members().forEach((person, role) -> {
            if (role == BoardRole.MODERATOR) {
                moderatorIds.add(person);
            }
        });
        List<String> moderators = people.findPeople(moderatorIds).values().stream()
                .map(PersonSummary::displayName)
                .sorted(Comparator.naturalOrder())
                .toList();
        return new BoardView(
                board.id(),
                board.name(),
                entity.getDescription(),
                department,
                board.visibility(),
                moderators,
                policy.canPost(user, board),
                policy.canModerate(user, board),
                policy.canEditSettings(user, board));
    }

    /** The boards the person moderates, by name: where they may move a thread. */
    public List<BoardChoice> moderatedBoards(CurrentUser user) {
        return jdbc.sql("select b.id, b.name from forum_board b where " + CAN_MODERATE_BOARD
                        + " order by lower(b.name), b.id")
                .params(viewerParameters(user))
                .query(BoardChoice.class)
                .list();
    }

    /** Whether the person moderates any board (and so has a moderation queue). */
    public boolean moderatesAny(CurrentUser user) {
        return ForumPolicy.privileged(user)
                || jdbc.sql(
                                "select exists (select 1 from forum_board_member where person_id = ? and role = 'MODERATOR')")
                        .param(user.id() == null ? -1L : user.id())
                        .query(Boolean.class)
                        .single();
    }

    /** The board's access rules, for the other forum services; 404 when the person may not see it. */
    public BoardAccess readableAccess(CurrentUser user, long id) {
        return BoardAccess.of(readable(user, id));
    }

    private Board readable(CurrentUser user, long id) {
        Board board = boards.findWithMembers(id).orElseThrow(() -> new BoardNotFoundException(id));
        if (!policy.canSee(user, BoardAccess.of(board))) {
            // the same answer as for a board that does not exist: its existence is not revealed
            throw new BoardNotFoundException(id);
        }
        return board;
    }

    public boolean mayCreateBoards(CurrentUser user) {
        return policy.canCreateBoards(user);
    }

    /** Throws (a 403 page, logged) unless the person may create boards. */
    public void requireBoardCreator(CurrentUser user) {
        access.require(policy.canCreateBoards(user), user, "create a board", null);
    }

    /**
     * Creates a board moderated by its creator, with the named members and moderators.
     *
     * @throws ForumRefusedException for a missing name or visibility, a department board without its department,
     *     a department the person may not create boards for, or people who do not exist or are not active
     */
    @Transactional
    public long create(CurrentUser user, NewBoard settings) {
        requireBoardCreator(user);
        check(user, settings, true);
        Board board = new Board(
                settings.name(), settings.description(), settings.departmentId(), settings.visibility(), user.id());
        settings.memberIds().forEach(id -> board.setMember(id, BoardRole.MEMBER));
        settings.moderatorIds().forEach(id -> board.setMember(id, BoardRole.MODERATOR));
        Board saved = boards.save(board);
        audit.record(
                user.id(),
                "forum.board.created",
                "forum_board",
                saved.getId(),
                saved.getName() + " " + settings.visibility()
                        + (settings.departmentId() == null ? "" : " dept:" + settings.departmentId()));
        return saved.getId();
    }

    /**
     * The board's settings for its settings form.
     *
     * @throws BoardNotFoundException when the person may not see the board
     * @throws org.springframework.security.access.AccessDeniedException when they may not change its settings
     */
    public BoardSettings settings(CurrentUser user, long id) {
        Board board = readable(user, id);
        BoardAccess access = BoardAccess.of(board);
        requireSettingsEditor(user, access);
        Map<Long, PersonSummary> named = people.findPeople(access.members().keySet());
        List<String> members = new ArrayList<>();
        List<String> moderators = new ArrayList<>();
        access.members().forEach((person, role) -> {
            PersonSummary found = named.get(person);
            if (found != null) {
                (role == BoardRole.MODERATOR ? moderators : members).add(found.email());
            }
        });
        members.sort(Comparator.naturalOrder());
        moderators.sort(Comparator.naturalOrder());
        return new BoardSettings(
                board.getId(),
                board.getName(),
                board.getDescription(),
                board.getDepartmentId(),
                board.getVisibility(),
                members,
                moderators,
                policy.canChangeOwnership(user, access));
    }

    /**
     * Changes a board's settings: name, description, owning department, visibility and named people (replaced by
     * the ones given), under the same checks as {@link #create}. Every change of a board goes through here.
     *
     * @throws ForumRefusedException as for {@link #create}, and when someone who may change the name and people
     *     only ({@link ForumPolicy#canChangeOwnership}) changes the department or visibility
     */
    @Transactional
    public void update(CurrentUser user, long id, NewBoard settings) {
        Board board = readable(user, id);
        BoardAccess before = BoardAccess.of(board);
        requireSettingsEditor(user, before);
        boolean ownership = policy.canChangeOwnership(user, before);
        if (!ownership && !Objects.equals(settings.departmentId(), before.departmentId())) {
            throw new ForumRefusedException("departmentId", "forum.board.settings.ownershipNotYours");
        }
        if (!ownership && settings.visibility() != before.visibility()) {
            throw new ForumRefusedException("visibility", "forum.board.settings.ownershipNotYours");
        }
        check(user, settings, ownership);
        Set<Long> moderators = new HashSet<>(settings.moderatorIds());
        if (user.id() != null && before.members().get(user.id()) == BoardRole.MODERATOR) {
            // a moderator changing the settings stays one, so nobody locks themselves out by mistake
            moderators.add(user.id());
        }
        board.change(settings.name(), settings.description(), settings.departmentId(), settings.visibility());
        board.replaceMembers(settings.memberIds(), moderators);
        boards.saveAndFlush(board);
        if (!Objects.equals(before.departmentId(), settings.departmentId())
                || before.visibility() != settings.visibility()) {
            indexer.reindexBoard(id); // who may find its threads changed with it
        }
        audit.record(
                user.id(),
                "forum.board.changed",
                "forum_board",
                id,
                board.getName() + " " + settings.visibility()
                        + (settings.departmentId() == null ? "" : " dept:" + settings.departmentId())
                        + (Objects.equals(before.departmentId(), settings.departmentId())
                                ? ""
                                : " (was dept:" + before.departmentId() + ")")
                        + (before.visibility() == settings.visibility() ? "" : " (was " + before.visibility() + ")")
                        + " members:" + settings.memberIds().size() + " moderators:" + moderators.size());
    }

    private void requireSettingsEditor(CurrentUser user, BoardAccess board) {
        access.require(policy.canEditSettings(user, board), user, "change a board's settings", board.id());
    }

    /** The checks of a new board's settings, and of changed ones; the department only when the person chooses it. */
    private void check(CurrentUser user, NewBoard settings, boolean choosesDepartment) {
        if (settings.name() == null || settings.name().isBlank()) {
            throw new ForumRefusedException("name", "forum.board.name.required");
        }
        if (settings.name().strip().length() > 200) {
            throw new ForumRefusedException("name", "field.tooLong");
        }
        if (settings.visibility() == null) {
            throw new ForumRefusedException("visibility", "forum.board.visibility.required");
        }
        if (settings.visibility() == Visibility.DEPARTMENT && settings.departmentId() == null) {
            throw new ForumRefusedException("departmentId", "forum.board.department.required");
        }
        if (choosesDepartment && !policy.canCreateBoardFor(user, settings.departmentId())) {
            throw new ForumRefusedException("departmentId", "forum.board.department.notYours");
        }
        if (settings.departmentId() != null
                && people.departments().stream().noneMatch(d -> d.id() == settings.departmentId())) {
            throw new ForumRefusedException("departmentId", "forum.board.department.unknown");
        }
        Set<Long> named = new HashSet<>(settings.memberIds());
        named.addAll(settings.moderatorIds());
        Map<Long, PersonSummary> found = people.findPeople(named);
        if (named.stream()
                .anyMatch(id -> !found.containsKey(id) || !found.get(id).active())) {
            throw new ForumRefusedException("members", "forum.board.people.inactive");
        }
    }

    public long countBoards() {
        return boards.count();
    }

    /** The search tokens the person finds threads with ({@link ForumPolicy#readTokens}); empty: every thread. */
    public Optional<Set<String>> threadReadTokens(CurrentUser user) {
        Set<Long> named = user.id() == null
                ? Set.of()
                : Set.copyOf(jdbc.sql("select board_id from forum_board_member where person_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .list());
        return policy.readTokens(user, named);
    }

    /** Names of those of the boards the person may see, by id. */
    public Map<Long, String> boardNames(CurrentUser user, Collection<Long> boardIds) {
        if (boardIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select b.id, b.name from forum_board b where b.id in (:ids) and " + CAN_SEE_BOARD)
                .params(viewerParameters(user))
                .param("ids", Set.copyOf(boardIds))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return names;
    }

    /** The boards the person may start threads in (whoever sees a board may post: ForumPolicy#canPost), by name. */
    public Map<Long, String> postableBoards(CurrentUser user) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select b.id, b.name from forum_board b where " + CAN_SEE_BOARD + " order by lower(b.name), b.id")
                .params(viewerParameters(user))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return names;
    }
}
