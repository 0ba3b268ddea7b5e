package org.agorahub.forum.domain;

import java.util.List;
import org.agorahub.people.DepartmentMerge;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The forum's part of a department merge: its boards, whose threads are reindexed as their readers change. */
@Component
class BoardDepartmentMerge implements DepartmentMerge {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ThreadIndexer indexer;

    BoardDepartmentMerge(JdbcClient jdbc, AuditLog audit, ThreadIndexer indexer) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.indexer = indexer;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long actorId, long fromId, long intoId) {
        List<Long> boards = jdbc.sql("select id from forum_board where department_id = ? order by id")
                .param(fromId)
                .query(Long.class)
                .list();
        jdbc.sql("update forum_board set department_id = ? where department_id = ?")
                .params(intoId, fromId)
                .update();
        for (long board : boards) {
            audit.record(
                    actorId,
                    "forum.board.department.merged",
                    "forum_board",
                    board,
                    "dept:" + fromId + " → dept:" + intoId);
            indexer.reindexBoard(board);
        }
    }
}
