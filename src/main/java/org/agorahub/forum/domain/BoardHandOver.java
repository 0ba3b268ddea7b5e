package org.agorahub.forum.domain;

import java.util.List;
import org.agorahub.people.PersonHandOver;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's part of a leaver's hand-over: the successor becomes a moderator of every board the leaver moderates,
 * in their place. (Who may read a board's threads does not depend on its moderators, so nothing is reindexed.)
 */
@Component
@Order(2)
class BoardHandOver implements PersonHandOver {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    BoardHandOver(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Holding> holdings(long personId) {
        return List.of(new Holding("handOver.boards", moderated(personId).size()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void handOver(long actorId, long leaverId, long successorId) {
        for (long boardId : moderated(leaverId)) {
            jdbc.sql("""
                    insert into forum_board_member (board_id, person_id, role) values (?, ?, 'MODERATOR')
                    on conflict (board_id, person_id) do update set role = 'MODERATOR'
                    """).params(boardId, successorId).update();
            jdbc.sql("delete from forum_board_member where board_id = ? and person_id = ?")
                    .params(boardId, leaverId)
                    .update();
            audit.record(
                    actorId,
                    "forum.board.moderator.handedOver",
                    "forum_board",
                    boardId,
                    "person:" + leaverId + " → person:" + successorId);
        }
    }

    private List<Long> moderated(long personId) {
        return jdbc.sql("select board_id from forum_board_member where person_id = ? and role = 'MODERATOR' order by 1")
                .param(personId)
                .query(Long.class)
                .list();
    }
}
