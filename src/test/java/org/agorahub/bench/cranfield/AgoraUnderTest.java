package org.agorahub.bench.cranfield;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.agorahub.AgoraApplication;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;
import org.agorahub.enrichment.domain.AiSettings;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.NewDocument;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.NewPerson;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application, started once for all the Agora rows of the benchmark (throw-away PostgreSQL, its own index
 * directory): each Cranfield document becomes a Markdown page (title; abstract as the body) in an
 * organisation-wide library, written through {@link LibraryApi}, indexed by Hibernate Search and embedded by the
 * enrichment module (the real model, in the background after each page's commit) as any page is. Queries are
 * asked as a member of another department, so trimming does its work.
 */
final class AgoraUnderTest implements AutoCloseable {

    private static final Duration ENRICHMENT_TIMEOUT = Duration.ofMinutes(30);

    private ConfigurableApplicationContext context;
    private CurrentUser reader;
    private final Map<Long, String> cranfieldIds = new HashMap<>();
    private long enrichmentNanos;

    /** Starts the application and adds the collection; later calls do nothing. */
    synchronized void start(List<Doc> docs) throws Exception {
        if (context != null) {
            return;
        }
        context = new SpringApplicationBuilder(AgoraApplication.class)
                .properties(
                        "server.port=0",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "logging.level.org.agorahub=WARN",
                        // as in production: the test configuration's "sync" refreshes the index after every page
                        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync",
                        "agora.search.index-dir=" + Files.createTempDirectory("agora-cranfield-index"))
                .run();
        PeopleApi people = context.getBean(PeopleApi.class);
        LibraryApi libraries = context.getBean(LibraryApi.class);
        DepartmentSummary aeronautics = people.createDepartment("Aeronautics", null);
        DepartmentSummary finance = people.createDepartment("Finance", null);
        CurrentUser author = user(people.createPerson(new NewPerson(
                "author@cranfield.example",
                "Ada Author",
                "Engineer",
                aeronautics.id(),
                Set.of(Role.MEMBER),
                "cranfield-bench-password")));
        reader = user(people.createPerson(new NewPerson(
                "reader@cranfield.example",
                "Rex Reader",
                "Analyst",
                finance.id(),
                Set.of(Role.MEMBER),
                "cranfield-bench-password")));
        // summaries are not searched: without them each page costs its passages' embeddings only
        context.getBean(AiSettings.class).set(author.id(), AiFeature.SUMMARIES, false);
        long library = libraries.createLibrary(
                author, "Cranfield", "The Cranfield collection", aeronautics.id(), Visibility.ORGANISATION);
        long started = System.nanoTime();
        for (Doc doc : docs) {
            String title = doc.title().isBlank() ? "Cranfield document " + doc.id() : doc.title();
            String body = doc.abstractText().isBlank() ? title : doc.abstractText();
            long id = libraries.createPage(
                    author,
                    library,
                    body,
                    new NewDocument(
                            title.length() > 300 ? title.substring(0, 300) : title,
                            null,
                            List.of(),
                            Classification.OFFICIAL,
                            DocumentStatus.PUBLISHED,
                            null));
            cranfieldIds.put(id, doc.id());
        }
        awaitEnrichment(docs.size());
        enrichmentNanos = System.nanoTime() - started;
    }

    /**
     * Waits until every page has its vector and every event (embedding, then reindexing the entry with its vector)
     * has been handled.
     */
    private void awaitEnrichment(int pages) throws InterruptedException {
        JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
        long deadline = System.nanoTime() + ENRICHMENT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            long vectors = jdbc.sql("select count(*) from enrichment_vector where kind = ? and content_id = any (?)")
                    .params(Enrichments.KIND_DOCUMENT, cranfieldIds.keySet().toArray(Long[]::new))
                    .query(Long.class)
                    .single();
            long pending = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class)
                    .single();
            if (vectors >= pages && pending == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the collection was not enriched within " + ENRICHMENT_TIMEOUT);
    }

    /** Seconds from the first page written to the last one embedded and reindexed. */
    double enrichmentSeconds() {
        return enrichmentNanos / 1e9;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    CurrentUser reader() {
        return reader;
    }

    /** The Cranfield id of a page, or null for anything else (the demo's documents). */
    String cranfieldId(long documentId) {
        return cranfieldIds.get(documentId);
    }

    /**
     * The {@code k} pages nearest in meaning to the query, trimmed to what the reader may open (the knn filter),
     * best first: search by meaning alone.
     */
    List<String> nearest(String query, int k) {
        Enrichments enrichments = context.getBean(Enrichments.class);
        float[] vector = enrichments.embed(query).orElse(null);
        if (vector == null) {
            return List.of();
        }
        Set<String> tokens =
                context.getBean(LibraryApi.class).documentReadTokens(reader).orElseThrow();
        try (var entityManager = context.getBean(EntityManagerFactory.class).createEntityManager()) {
            var session = Search.session(entityManager);
            return session
                    .search(session.scope(Object.class, "Document"))
                    .select(f -> f.id(Long.class))
                    .where(f -> f.knn(k)
                            .field(Enrichments.VECTOR_FIELD)
                            .matching(vector)
                            .filter(f.terms().field("readTokens").matchingAny(tokens)))
                    .fetchHits(k)
                    .stream()
                    .map(cranfieldIds::get)
                    .toList();
        }
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private static CurrentUser user(PersonSummary person) {
        return new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
    }
}
