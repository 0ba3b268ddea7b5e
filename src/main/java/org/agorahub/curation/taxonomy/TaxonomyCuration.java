package org.agorahub.curation.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.agorahub.expertise.ExpertiseApi;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.search.SearchApi;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.Tags;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomy in one place: tags as documents and threads use them (renamed, merged or deleted everywhere at once),
 * and the size of the other vocabularies curators keep (categories, search synonyms, skills).
 *
 * <p>Each tag change is one transaction across the library and the forums, with its audit record: either every
 * document and thread changes, and their search entries with them, or nothing does.
 */
@Service
class TaxonomyCuration {

    static final int PAGE_SIZE = 50;

    private final LibraryApi library;
    private final ForumApi forum;
    private final SearchApi search;
    private final ExpertiseApi expertise;
    private final AccessPolicy access;
    private final AuditLog audit;

    TaxonomyCuration(
            LibraryApi library,
            ForumApi forum,
            SearchApi search,
            ExpertiseApi expertise,
            AccessPolicy access,
            AuditLog audit) {
        this.library = library;
        this.forum = forum;
        this.search = search;
        this.expertise = expertise;
        this.access = access;
        this.audit = audit;
    }

    /** What one change did, for the confirmation message. */
    record TagChange(String tag, String into, int documents, int threads) {}

    static boolean mayCurate(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    @Transactional(readOnly = true)
    public TaxonomyOverview overview(CurrentUser user) {
        require(user, "see the taxonomy");
        return new TaxonomyOverview(
                usage().size(), library.categoryNames().size(), search.countSynonymGroups(), expertise.countSkills());
    }

    /** Tags containing the text (any case; all when blank), by name, a page at a time. */
    @Transactional(readOnly = true)
    public Page<TagUsage> tags(CurrentUser user, String containing, int page) {
        require(user, "see tags");
        String wanted = containing == null ? "" : containing.strip().toLowerCase(Locale.ROOT);
        List<TagUsage> matching = usage().values().stream()
                .filter(tag -> tag.name().contains(wanted))
                .toList();
        int from = Math.min(matching.size(), Math.max(0, page) * PAGE_SIZE);
        int to = Math.min(matching.size(), from + PAGE_SIZE);
        return new PageImpl<>(
                new ArrayList<>(matching.subList(from, to)),
                PageRequest.of(Math.max(0, page), PAGE_SIZE),
                matching.size());
    }

    /** One tag in use, however it is typed. */
    @Transactional(readOnly = true)
    public TagUsage tag(CurrentUser user, String name) {
        require(user, "see tags");
        TagUsage tag = usage().get(Tags.normalise(name));
        if (tag == null) {
            throw new NotFoundException("tag " + name);
        }
        return tag;
    }

    /** Every tag in use, by name: for choosing a merge target. */
    @Transactional(readOnly = true)
    public List<String> tagNames(CurrentUser user) {
        require(user, "see tags");
        return List.copyOf(usage().keySet());
    }

    /**
     * Gives a tag a new name on every document and thread. Refused when the new name is blank, too long, the same,
     * or already a tag (that is a merge, which the curator should choose knowingly).
     */
    @Transactional
    public TagChange rename(CurrentUser user, String tag, String newName) {
        require(user, "rename tags");
        Map<String, TagUsage> usage = usage();
        TagUsage from = existing(usage, tag);
        String to = validName(newName, "name");
        if (to.equals(from.name())) {
            throw new RefusedException("name", "taxonomy.tag.rename.same");
        }
        if (usage.containsKey(to)) {
            throw new RefusedException("name", "taxonomy.tag.rename.exists", to);
        }
        return change(user, "tag.rename", from.name(), to);
    }

    /** Moves every use of one tag to another existing tag (an item carrying both keeps one) and drops the first. */
    @Transactional
    public TagChange merge(CurrentUser user, String tag, String into) {
        require(user, "merge tags");
        Map<String, TagUsage> usage = usage();
        TagUsage from = existing(usage, tag);
        String to = validName(into, "into");
        if (to.equals(from.name())) {
            throw new RefusedException("into", "taxonomy.tag.merge.self");
        }
        if (!usage.containsKey(to)) {
            throw new RefusedException("into", "taxonomy.tag.merge.unknown", to);
        }
        return change(user, "tag.merge", from.name(), to);
    }

    /** Removes a tag from every document and thread. */
    @Transactional
    public TagChange delete(CurrentUser user, String tag) {
        require(user, "delete tags");
        TagUsage from = existing(usage(), tag);
        return change(user, "tag.delete", from.name(), null);
    }

    private TagChange change(CurrentUser user, String action, String from, String to) {
        int documents = library.replaceDocumentTag(user, from, to);
        int threads = forum.replaceThreadTag(user, from, to);
        audit.record(
                user.id(),
                action,
                "tag",
                null,
                (to == null ? "\"" + from + "\"" : "\"" + from + "\" → \"" + to + "\"") + ": " + documents
                        + " documents, " + threads + " threads");
        return new TagChange(from, to, documents, threads);
    }

    private static TagUsage existing(Map<String, TagUsage> usage, String tag) {
        TagUsage found = usage.get(Tags.normalise(tag));
        if (found == null) {
            throw new NotFoundException("tag " + tag);
        }
        return found;
    }

    /** A name as it will be stored; refused when empty or longer than a tag may be (never silently cut). */
    static String validName(String raw, String field) {
        String clean = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new RefusedException(field, "taxonomy.tag.name.blank");
        }
        if (clean.length() > Tags.MAX_LENGTH) {
            throw new RefusedException(field, "taxonomy.tag.name.tooLong", Tags.MAX_LENGTH);
        }
        if (clean.contains(",")) {
            throw new RefusedException(field, "taxonomy.tag.name.comma");
        }
        return Tags.normalise(clean);
    }

    private Map<String, TagUsage> usage() {
        Map<String, Long> documents = library.documentTagUsage();
        Map<String, Long> threads = forum.threadTagUsage();
        Map<String, TagUsage> usage = new TreeMap<>();
        documents.forEach((tag, count) -> usage.put(tag, new TagUsage(tag, count, threads.getOrDefault(tag, 0L))));
        threads.forEach((tag, count) -> usage.putIfAbsent(tag, new TagUsage(tag, 0, count)));
        return usage;
    }

    private void require(CurrentUser user, String action) {
        access.require(mayCurate(user), user, action, "taxonomy");
    }
}
