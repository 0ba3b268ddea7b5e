package org.agorahub.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A board whose audience narrows takes its threads' search entries with it in the same transaction (the board
 * settings call {@link ThreadIndexer#reindexBoard}), so people who no longer see the board stop finding them at
 * once.
 */
@AgoraTest
class ThreadIndexerTests {

    @Autowired
    ThreadIndexer indexer;

    @Autowired
    SearchApi search;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void narrowingABoardToADepartmentHidesItsThreadsFromOtherDepartmentsAtOnce() {
        DepartmentSummary legal = testPeople.department("Legal");
        DepartmentSummary finance = testPeople.department("Finance");
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary lawyer = testPeople.person("Lena Lawyer", legal);
        PersonSummary accountant = testPeople.person("Abe Accountant", finance);
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        String word = word();
        long thread = testForums.question(lawyer, board, "Retention of " + word, "How long?");
        assertThat(similarIds(accountant, word)).containsExactly(thread);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update forum_board set visibility = 'DEPARTMENT', department_id = ? where id = ?")
                    .params(legal.id(), board)
                    .update();
            assertThat(indexer.reindexBoard(board)).isEqualTo(1);
        });

        assertThat(similarIds(accountant, word)).isEmpty();
        assertThat(similarIds(lawyer, word)).containsExactly(thread);
    }

    /** Threads found in the index alone (the search page's hits and counts), with no database check after it. */
    private java.util.List<Long> similarIds(PersonSummary person, String word) {
        return search.search(TestLibraries.user(person), word, 0, 10).hits().stream()
                .filter(SearchResults.Hit::thread)
                .map(SearchResults.Hit::id)
                .toList();
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
