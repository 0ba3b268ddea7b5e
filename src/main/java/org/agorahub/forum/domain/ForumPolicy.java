package org.agorahub.forum.domain;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.springframework.stereotype.Component;

/**
 * The forum part of the access policy: every forum page and service asks it.
 *
 * <ul>
 *   <li><b>See</b> a board (and so its threads, in lists, counts and pages): everyone for an organisation-wide
 *       board; the owning department's members for a department board; named members and moderators of any board;
 *       curators and admins always. Anyone else is told the board does not exist (404).
 *   <li><b>Post</b> (start threads, reply, quote): whoever sees the board.
 *   <li><b>Edit</b> a post: its author only. <b>Delete</b> a post: its author or a moderator.
 *   <li><b>Accept</b> an answer: the asker or a moderator.
 *   <li><b>Vote</b> on a post: whoever sees the board, except on their own posts (also when the thread is locked:
 *       a lock ends the conversation, while votes still help later readers find the best answer).
 *   <li><b>Flag</b> a post for moderators: whoever sees the board and can read the post, except on their own
 *       posts; one open flag per person and post. A flag never hides anything by itself.
 *   <li><b>Moderate</b> (delete any post, hide and unhide posts, see and resolve its flags, lock, pin and delete
 *       threads, see edit histories): the board's named moderators, curators and admins. The moderation queue
 *       shows each of them the flags of the boards they moderate only ({@link BoardService#CAN_MODERATE_BOARD}
 *       is this rule in SQL).
 *   <li><b>Move</b> a thread: a moderator of its board, to a board they also moderate (curators and admins: any
 *       board).
 *   <li><b>Create boards</b>: admins and curators, for any department or none; department leads, for their own
 *       department only. Members ask one of them: boards are few and long-lived, unlike threads.
 *   <li><b>Change a board's settings</b>, among those who see it: admins, curators and whoever may create boards
 *       for its department (its department's lead) change everything — name, description, owning department,
 *       visibility and named people — where a new department must again be one they may create boards for. The
 *       board's named moderators change its name, description and named people only: who owns a board and who may
 *       see it is a decision for the people who create boards, since it can open a board's past threads to the
 *       whole organisation. A named moderator editing the settings stays a moderator, so nobody locks themselves
 *       out by mistake.
 * </ul>
 *
 * {@link BoardService#CAN_SEE_BOARD} is the same rule in SQL, for lists and counts, and {@link #threadTokens} with
 * {@link #readTokens} the same rule in the search index (a thread is found by whoever shares one of its tokens); all
 * three must agree.
 */
@Component
public class ForumPolicy {

    public boolean canSee(CurrentUser user, BoardAccess board) {
        if (privileged(user) || board.visibility() == Visibility.ORGANISATION) {
            return true;
        }
        if (user.id() != null && board.members().containsKey(user.id())) {
            return true;
        }
        return board.visibility() == Visibility.DEPARTMENT
                && board.departmentId() != null
                && board.departmentId().equals(user.departmentId());
    }

    public boolean canPost(CurrentUser user, BoardAccess board) {
        return canSee(user, board);
    }

    public boolean canModerate(CurrentUser user, BoardAccess board) {
        return canSee(user, board)
                && (privileged(user) || (user.id() != null && board.members().get(user.id()) == BoardRole.MODERATOR));
    }

    public boolean canEdit(CurrentUser user, BoardAccess board, long authorId) {
        return canSee(user, board) && Objects.equals(user.id(), authorId);
    }

    public boolean canDelete(CurrentUser user, BoardAccess board, long authorId) {
        return canEdit(user, board, authorId) || canModerate(user, board);
    }

    public boolean canAccept(CurrentUser user, BoardAccess board, long askerId) {
        return canEdit(user, board, askerId) || canModerate(user, board);
    }

    public boolean canVote(CurrentUser user, BoardAccess board, long authorId) {
        return canSee(user, board) && user.id() != null && !Objects.equals(user.id(), authorId);
    }

    public boolean canFlag(CurrentUser user, BoardAccess board, long authorId) {
        return canSee(user, board) && user.id() != null && !Objects.equals(user.id(), authorId);
    }

    /** Whether the person may move a thread from this board to that one. */
    public boolean canMove(CurrentUser user, BoardAccess from, BoardAccess to) {
        return canModerate(user, from) && canModerate(user, to);
    }

    /** Whether the person may open the board's settings (perhaps only some of them: {@link #canChangeOwnership}). */
    public boolean canEditSettings(CurrentUser user, BoardAccess board) {
        return canChangeOwnership(user, board) || canModerate(user, board);
    }

    /** Whether the person may change the board's owning department and visibility (and everything else). */
    public boolean canChangeOwnership(CurrentUser user, BoardAccess board) {
        return canSee(user, board) && canCreateBoardFor(user, board.departmentId());
    }

    public boolean canSeeHistory(CurrentUser user, BoardAccess board) {
        return canModerate(user, board);
    }

    /** Whether the person may create boards at all (the form is shown to them). */
    public boolean canCreateBoards(CurrentUser user) {
        return privileged(user) || (user.hasRole(Role.DEPARTMENT_LEAD) && user.departmentId() != null);
    }

    /** Whether the person may create a board owned by this department (null: no department). */
    public boolean canCreateBoardFor(CurrentUser user, Long departmentId) {
        if (privileged(user)) {
            return true;
        }
        return canCreateBoards(user) && departmentId != null && departmentId.equals(user.departmentId());
    }

    /** A board's own search token, held by its named members and moderators. */
    public static String boardToken(long boardId) {
        return "board:" + boardId;
    }

    /**
     * Who may find a board's threads in search, as index tokens: the board's named people always, everyone for an
     * organisation-wide board, the owning department's members for a department board. (Curators and admins search
     * without tokens.)
     */
    public Set<String> threadTokens(long boardId, Visibility visibility, Long departmentId) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(boardToken(boardId));
        if (visibility == Visibility.ORGANISATION) {
            tokens.add(AccessPolicy.ORGANISATION_TOKEN);
        } else if (visibility == Visibility.DEPARTMENT && departmentId != null) {
            tokens.add(AccessPolicy.departmentToken(departmentId));
        }
        return tokens;
    }

    /**
     * The tokens a person finds threads with (see {@link #threadTokens}), or empty for curators and admins, who see
     * every board.
     *
     * @param namedBoards the boards naming the person as a member or moderator
     */
    public Optional<Set<String>> readTokens(CurrentUser user, Set<Long> namedBoards) {
        if (privileged(user)) {
            return Optional.empty();
        }
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(AccessPolicy.ORGANISATION_TOKEN);
        if (user.departmentId() != null) {
            tokens.add(AccessPolicy.departmentToken(user.departmentId()));
        }
        namedBoards.forEach(board -> tokens.add(boardToken(board)));
        return Optional.of(tokens);
    }

    static boolean privileged(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }
}
