package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions for the search box as someone types: document titles with a word starting with each typed word,
 * tags starting with the text, and people by name. Titles and tags come from the search
 * index and are trimmed exactly as search is, in the index query, with the person's read tokens: a title or tag
 * seen only on documents someone may not open is never suggested to them. People are visible organisation-wide.
 */
@Service
@Transactional(readOnly = true)
public class SearchSuggestions {

    /** Fewer characters than this suggest nothing: one letter matches too much to help. */
    public static final int MIN_LENGTH = 2;

    /** Longer text is cut: nobody types a title this long, and the query stays cheap. */
    static final int MAX_LENGTH = 100;

    public static final int MAX_SUGGESTIONS = 8;

    /** Documents whose tags are read to find matching tags; more only finds rarer tags of common prefixes. */
    private static final int TAG_DOCUMENTS = 50;

    static final String TITLE_AUTOCOMPLETE = "title_autocomplete";
    private static final String TAG = "tag";

    private final EntityManager entityManager;
    private final LibraryApi libraries;
    private final PeopleApi people;

    SearchSuggestions(EntityManager entityManager, LibraryApi libraries, PeopleApi people) {
        this.entityManager = entityManager;
        this.libraries = libraries;
        this.people = people;
    }

    public enum Type {
        DOCUMENT,
        TAG,
        PERSON
    }

    /**
     * One suggestion.
     *
     * @param id the document's or person's id; null for a tag
     * @param label the title, tag or name
     * @param detail a person's job title, else null
     */
    public record Suggestion(Type type, Long id, String label, String detail) {}

    /**
     * At most {@link #MAX_SUGGESTIONS}: documents first, then tags, then people, each kind kept to a share of the
     * list when the others have some too. Never throws for odd text; under {@link #MIN_LENGTH} characters, nothing.
     */
    public List<Suggestion> suggest(CurrentUser user, String text) {
        String typed = clean(text);
        if (typed.codePointCount(0, typed.length()) < MIN_LENGTH) {
            return List.of();
        }
        Optional<Set<String>> tokens = libraries.documentReadTokens(user);
        List<Suggestion> documents = documents(typed, tokens);
        List<Suggestion> tags = tags(user, typed, tokens);
        List<Suggestion> persons = people(typed);
        return share(List.of(documents, tags, persons), new int[] {4, 2, 2});
    }

    private List<Suggestion> documents(String typed, Optional<Set<String>> tokens) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, SearchService.INDEXED_ENTITY);
        return session
                .search(scope)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field("title", String.class))
                        .asList())
                .where(f -> f.bool(b -> {
                    // every typed word must begin a word of the title
                    b.must(f.match().field(TITLE_AUTOCOMPLETE).matching(typed).minimumShouldMatchPercent(100));
                    tokens.ifPresent(
                            mine -> b.filter(f.terms().field("readTokens").matchingAny(mine)));
                }))
                .sort(f -> f.score().then().field("title_sort"))
                .fetchHits(MAX_SUGGESTIONS)
                .stream()
                .map(row -> new Suggestion(Type.DOCUMENT, (Long) row.get(0), (String) row.get(1), null))
                .toList();
    }

    /**
     * Tags starting with the typed text ("data pro" → "data protection"). They are found in the index (trimmed like
     * titles), but the tag field keeps no values to read back, so the tags of the documents found come from the
     * library, which checks access once more. Words inside a tag are not matched: a leading wildcard made this
     * query twenty times slower.
     */
    private List<Suggestion> tags(CurrentUser user, String typed, Optional<Set<String>> tokens) {
        String start = typed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, SearchService.INDEXED_ENTITY);
        List<Long> documents = session.search(scope)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.must(f.prefix().field(TAG).matching(start));
                    tokens.ifPresent(
                            mine -> b.filter(f.terms().field("readTokens").matchingAny(mine)));
                }))
                .fetchHits(TAG_DOCUMENTS);
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> tags : libraries.documentTags(user, documents).values()) {
            for (String tag : tags) {
                if (tag.startsWith(start)) {
                    counts.merge(tag, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SUGGESTIONS)
                .map(e -> new Suggestion(Type.TAG, null, e.getKey(), null))
                .toList();
    }

    private List<Suggestion> people(String typed) {
        return people.suggestPeople(typed, MAX_SUGGESTIONS).stream()
                .map(p -> new Suggestion(Type.PERSON, p.id(), p.displayName(), jobTitle(p)))
                .toList();
    }

    private static String jobTitle(PersonSummary person) {
        return person.jobTitle() == null || person.jobTitle().isBlank() ? null : person.jobTitle();
    }

    /**
     * Each kind gets its share of the list; places a kind cannot fill go to the others, in order. Order within
     * the result: kind by kind.
     */
    static <T> List<T> share(List<List<T>> kinds, int[] shares) {
        int[] taken = new int[kinds.size()];
        int left = MAX_SUGGESTIONS;
        for (int i = 0; i < kinds.size(); i++) {
            taken[i] = Math.min(shares[i], kinds.get(i).size());
            left -= taken[i];
        }
        for (int i = 0; i < kinds.size() && left > 0; i++) {
            int more = Math.min(left, kinds.get(i).size() - taken[i]);
            taken[i] += more;
            left -= more;
        }
        List<T> all = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            all.addAll(kinds.get(i).subList(0, taken[i]));
        }
        return all;
    }

    /** Control characters become spaces, surrounding space goes, and long text is cut (never inside a pair). */
    static String clean(String text) {
        return QueryText.clean(text, MAX_LENGTH);
    }
}
