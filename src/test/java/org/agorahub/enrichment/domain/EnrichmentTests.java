package org.agorahub.enrichment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.awaitility.Awaitility;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Enrichment end to end: a document published through the library is embedded and summarised in the background
 * after its transaction commits, its search entry carries the vector, and what is trashed is forgotten.
 */
@AgoraTest
class EnrichmentTests {

    static final String ROADWORKS = """
            The council will resurface the ring road between March and June next year. \
            Resurfacing the ring road will close one lane at a time, overnight only. \
            Diversions for the ring road works will be signed from every junction on the route. \
            Buses keep their usual stops while the ring road is being resurfaced. \
            The canteen on the second floor serves soup on Fridays. \
            Residents along the ring road will receive a letter two weeks before work starts outside their homes.""";

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    DocumentService documents;

    @Autowired
    Enrichments enrichments;

    @Autowired
    AiSettings settings;

    @Autowired
    Backfill backfill;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcClient jdbc;

    PersonSummary author;
    PersonSummary admin;
    long library;

    @BeforeEach
    void setUp() {
        DepartmentSummary highways = testPeople.department("Highways");
        author = testPeople.person("Hana Highways", highways);
        admin = testPeople.person("Ada Admin", highways, Role.ADMIN);
        library = testLibraries.library(author, Visibility.ORGANISATION, highways.id());
    }

    @AfterEach
    void everyFeatureOnAgain() {
        for (AiFeature feature : AiFeature.values()) {
            settings.set(admin.id(), feature, true);
        }
    }

    @Test
    void aPublishedDocumentIsEmbeddedSummarisedAndItsSearchEntryCarriesTheVector() {
        long id = testLibraries.textDocument(
                author, library, "Ring road resurfacing", ROADWORKS, Classification.OFFICIAL);

        float[] vector = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> enrichments.vectorOf(Enrichments.KIND_DOCUMENT, id).orElse(null), v -> v != null);
        assertThat(vector).hasSize(Enrichments.DIMENSIONS);

        String summary = enrichments.summaryOf(Enrichments.KIND_DOCUMENT, id).orElseThrow();
        assertThat(summary).contains("ring road").doesNotContain("canteen");

        float[] query =
                enrichments.embed("When will the ring road works happen?").orElseThrow();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> nearest(query, 5).contains(id));
    }

    @Test
    void aDocumentMovedToTheTrashIsForgotten() {
        long id =
                testLibraries.textDocument(author, library, "Ring road diversions", ROADWORKS, Classification.OFFICIAL);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> enrichments.vectorOf(Enrichments.KIND_DOCUMENT, id).isPresent());

        documents.trash(TestLibraries.user(author), id);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> enrichments.vectorOf(Enrichments.KIND_DOCUMENT, id).isEmpty()
                        && enrichments.summaryOf(Enrichments.KIND_DOCUMENT, id).isEmpty());
    }

    @Test
    void withEveryFeatureOffNothingIsEnrichedUntilTheBackfillRunsWithThemOn() {
        for (AiFeature feature : AiFeature.values()) {
            settings.set(admin.id(), feature, false);
        }
        long id = testLibraries.textDocument(author, library, "Ring road letters", ROADWORKS, Classification.OFFICIAL);
        awaitNoPendingEvents();
        assertThat(enrichments.vectorOf(Enrichments.KIND_DOCUMENT, id)).isEmpty();

        everyFeatureOnAgain();
        assertThat(backfill.start(admin.id())).isTrue();

        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !backfill.running());
        Backfill.Progress progress = backfill.latest().orElseThrow();
        assertThat(progress.failure()).isNull();
        assertThat(progress.done()).isEqualTo(progress.total());
        assertThat(enrichments.vectorOf(Enrichments.KIND_DOCUMENT, id)).isPresent();
    }

    @Test
    void aBackfillARestartCutShortCarriesOnFromWhereItGotAtTheNextStart() {
        for (AiFeature feature : AiFeature.values()) {
            settings.set(admin.id(), feature, false);
        }
        long skipped =
                testLibraries.textDocument(author, library, "Ring road phase one", ROADWORKS, Classification.OFFICIAL);
        long pending =
                testLibraries.textDocument(author, library, "Ring road phase two", ROADWORKS, Classification.OFFICIAL);
        awaitNoPendingEvents();
        everyFeatureOnAgain();
        // a run that had got as far as the first of the two documents when the server stopped
        long run = jdbc.sql("insert into enrichment_backfill (started_by, total, done, position)"
                        + " values (?, 100, 7, ?) returning id")
                .params(admin.id(), "document=" + skipped)
                .query(Long.class)
                .single();

        backfill.resumeOrStart();

        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !backfill.running());
        Backfill.Progress progress = backfill.latest().orElseThrow();
        assertThat(progress.id()).isEqualTo(run);
        assertThat(progress.finishedAt()).isNotNull();
        assertThat(progress.failure()).isNull();
        assertThat(progress.done()).isGreaterThan(7);
        assertThat(enrichments.vectorOf(Enrichments.KIND_DOCUMENT, pending)).isPresent();
        assertThat(enrichments.vectorOf(Enrichments.KIND_DOCUMENT, skipped)).isEmpty();
    }

    @Test
    void summariesSwitchedOffAreNotShownAnywhere() {
        long id = testLibraries.textDocument(author, library, "Ring road buses", ROADWORKS, Classification.OFFICIAL);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        enrichments.summaryOf(Enrichments.KIND_DOCUMENT, id).isPresent());

        settings.set(admin.id(), AiFeature.SUMMARIES, false);

        assertThat(enrichments.summaryOf(Enrichments.KIND_DOCUMENT, id)).isEmpty();
        assertThat(enrichments.summariesOf(Enrichments.KIND_DOCUMENT, List.of(id)))
                .isEmpty();
        assertThat(enrichments.enabled(AiFeature.SUMMARIES)).isFalse();
        assertThat(enrichments.enabled(AiFeature.MEANING_SEARCH)).isTrue();
    }

    private List<Long> nearest(float[] query, int k) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            var session = Search.session(entityManager);
            return session.search(session.scope(Object.class, "Document"))
                    .select(f -> f.id(Long.class))
                    .where(f -> f.knn(k).field(Enrichments.VECTOR_FIELD).matching(query))
                    .fetchHits(k);
        }
    }

    private void awaitNoPendingEvents() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
