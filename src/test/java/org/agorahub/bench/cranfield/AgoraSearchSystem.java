package org.agorahub.bench.cranfield;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.AgoraApplication;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;
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
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchResults;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Agora's own search, as configured for users: the whole application starts (throw-away PostgreSQL, its own index
 * directory), each Cranfield document becomes a Markdown page (title; abstract as the body) in an
 * organisation-wide library, written through {@link LibraryApi} and indexed by Hibernate Search as any page is,
 * and every query goes through {@link SearchApi} as a member of another department: the query reading (synonyms
 * none, typo matching, every word of short queries, any word of long ones), field boosts, ranking
 * nudges and security trimming are all the ones people get.
 */
final class AgoraSearchSystem implements SearchSystem {

    private ConfigurableApplicationContext context;
    private SearchApi search;
    private CurrentUser reader;
    private final Map<Long, String> cranfieldIds = new HashMap<>();

    @Override
    public String name() {
        return "Agora search (as configured)";
    }

    @Override
    public void index(List<Doc> docs) throws Exception {
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
        search = context.getBean(SearchApi.class);
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
        long library = libraries.createLibrary(
                author, "Cranfield", "The Cranfield collection", aeronautics.id(), Visibility.ORGANISATION);
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
    }

    @Override
    public List<String> search(String query, int k) {
        SearchResults results = search.search(reader, query, 0, k);
        return results.hits().stream()
                .map(hit -> cranfieldIds.get(hit.documentId()))
                .toList();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    private static CurrentUser user(PersonSummary person) {
        return new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
    }
}
