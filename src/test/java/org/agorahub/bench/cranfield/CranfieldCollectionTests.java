package org.agorahub.bench.cranfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;
import org.agorahub.bench.cranfield.CranfieldCollection.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs only where the shared folder sits beside the clone ({@code ../shared/data/cranfield}). */
class CranfieldCollectionTests {

    private static CranfieldCollection collection;

    @BeforeAll
    static void load() throws IOException {
        assumeTrue(
                CranfieldCollection.isPresent(CranfieldCollection.DEFAULT_DIRECTORY),
                "Cranfield collection not present in " + CranfieldCollection.DEFAULT_DIRECTORY.toAbsolutePath());
        collection = CranfieldCollection.load(CranfieldCollection.DEFAULT_DIRECTORY);
    }

    @Test
    void readsEveryDocumentWithItsFields() {
        assertThat(collection.docs()).hasSize(1400);
        Doc first = collection.docs().get(0);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.title())
                .isEqualTo("experimental investigation of the aerodynamics of a wing in a slipstream .");
        assertThat(first.authors()).isEqualTo("brenckman,m.");
        assertThat(first.source()).isEqualTo("j. ae. scs. 25, 1958, 324.");
        assertThat(first.abstractText())
                .startsWith(
                        "experimental investigation of the aerodynamics of a wing in a slipstream . an experimental")
                .endsWith("for the specific configuration of the experiment .")
                .doesNotContain("\n", "  ");
        assertThat(collection.docs().get(1399).id()).isEqualTo("1400");
    }

    @Test
    void numbersQueriesByTheirPositionNotByTheirDotIValue() {
        assertThat(collection.queries()).hasSize(225);
        Query third = collection.query(3);
        assertThat(third.ordinal()).isEqualTo(3);
        assertThat(third.label()).isEqualTo("004");
        assertThat(third.text())
                .isEqualTo("what problems of heat conduction in composite slabs have been solved so far .");
        assertThat(collection.query(225).ordinal()).isEqualTo(225);
        // the judgments for position 3 are about heat conduction in composite slabs, as the third query asks
        assertThat(collection.relevantOf(3)).contains("144", "399").hasSize(8);
        assertThat(collection.judgmentsOf(3)).containsEntry("485", -1);
    }

    @Test
    void readsEveryJudgmentAndTheGradedGains() {
        assertThat(collection.judgmentCount()).isEqualTo(1837);
        assertThat(collection.relevantJudgmentCount()).isEqualTo(1612);
        assertThat(collection.judgmentsOf(1)).containsEntry("184", 2).containsEntry("13", 4);
        assertThat(collection.gainsOf(1)).containsEntry("184", 3).containsEntry("13", 1);
        assertThat(collection.gainsOf(1)).doesNotContainKey("486"); // judged not relevant (-1)
        assertThat(collection.queries())
                .allSatisfy(q -> assertThat(collection.relevantOf(q.ordinal())).isNotEmpty());
    }
}
