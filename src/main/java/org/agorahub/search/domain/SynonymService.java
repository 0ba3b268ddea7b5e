package org.agorahub.search.domain;

import java.time.Duration;
import java.util.List;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.shared.Remembered;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym groups admins and curators keep. They are applied when a query is read (query-time expansion), not
 * when documents are indexed, so a new group works on the next search: no restart and no reindex. The groups are
 * cached; a change here clears the cache once it commits, and the cache is re-read in the background every 30 seconds
 * so that other application nodes pick changes up (no search waits for that).
 */
@Service
public class SynonymService {

    static final int MAX_LENGTH = 500;
    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccessPolicy access;

    private final Remembered<Synonyms> synonyms;

    SynonymService(JdbcClient jdbc, AuditLog audit, AccessPolicy access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.synonyms = new Remembered<>(
                REFRESH,
                () -> Synonyms.of(jdbc.sql("select terms from search_synonym_group")
                        .query(String.class)
                        .list()));
    }

    public record Group(long id, String terms) {
        public List<String> expressions() {
            return Synonyms.split(terms);
        }
    }

    /** A group needs at least two different expressions with a word in each. */
    public static class InvalidSynonymGroupException extends RuntimeException {}

    public boolean canManage(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    @Transactional(readOnly = true)
    public List<Group> groups() {
        return jdbc.sql("select id, terms from search_synonym_group order by lower(terms)")
                .query(Group.class)
                .list();
    }

    @Transactional
    public long add(CurrentUser user, String terms) {
        access.require(canManage(user), user, "manage search synonyms", null);
        List<String> expressions = Synonyms.split(terms == null ? "" : terms);
        String normalised = String.join(", ", expressions);
        if (expressions.size() < 2 || normalised.length() > MAX_LENGTH) {
            throw new InvalidSynonymGroupException();
        }
        long id = jdbc.sql("insert into search_synonym_group (terms, created_by) values (?, ?) returning id")
                .params(normalised, user.id())
                .query(Long.class)
                .single();
        audit.record(user.id(), "search.synonyms.added", "synonym-group", id, normalised);
        synonyms.changed();
        return id;
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        access.require(canManage(user), user, "manage search synonyms", id);
        String terms = jdbc.sql("delete from search_synonym_group where id = ? returning terms")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        if (terms != null) {
            audit.record(user.id(), "search.synonyms.deleted", "synonym-group", id, terms);
        }
        synonyms.changed();
    }

    /** The groups in effect now, as the query parser uses them. */
    Synonyms current() {
        return synonyms.get();
    }
}
