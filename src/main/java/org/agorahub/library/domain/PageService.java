package org.agorahub.library.domain;

import java.util.List;
import org.agorahub.library.DocumentEvents.DocumentPublished;
import org.agorahub.library.DocumentEvents.DocumentUpdated;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.audit.AuditLog;
import org.agorahub.shared.markdown.MarkdownRenderer;
import org.agorahub.shared.markdown.TextDiff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markdown pages: articles and how-tos written in Agora. Every save is a new version; a save based on an older
 * version than the current one is refused, so two people never overwrite each other.
 */
@Service
@Transactional(readOnly = true)
public class PageService {

    static final int PREVIEW_CHARACTERS = 600;

    private final DocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final LibraryService libraries;
    private final LibraryPolicy policy;
    private final AccessPolicy access;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PageService(
            DocumentRepository documents,
            DocumentVersionRepository versions,
            LibraryService libraries,
            LibraryPolicy policy,
            AccessPolicy access,
            MarkdownRenderer markdown,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.documents = documents;
        this.versions = versions;
        this.libraries = libraries;
        this.policy = policy;
        this.access = access;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long create(CurrentUser user, long libraryId, String body, DocumentDetails details) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        access.require(policy.canContribute(user, library), user, "write a page", libraryId);
        policy.checkStatusChange(user, library, null, details.status());
        Document page = documents.save(new Document(libraryId, Document.Kind.PAGE, details, user.id()));
        versions.save(version(page.getId(), 1, body, null, user.id()));
        audit.record(user.id(), "document.created", "document", page.getId(), "page");
        events.publishEvent(new DocumentPublished(page.getId(), libraryId, user.id()));
        return page.getId();
    }

    /**
     * Saves a new version of the page's text and its details.
     *
     * @param basedOn the version number the editor started from
     * @throws ChangedSinceOpenedException when someone saved a newer version in the meantime
     */
    @Transactional
    public int save(
            CurrentUser user, long pageId, String body, String changeNote, DocumentDetails details, int basedOn) {
        Document page = documents
                .findWithTags(pageId)
                .filter(d -> d.getKind() == Document.Kind.PAGE && !d.isTrashed())
                .orElseThrow(() -> new DocumentNotFoundException(pageId));
        LibraryAccess library = libraries.readableAccess(user, page.getLibraryId());
        if (!policy.canReadDocument(user, library, page.getClassification())) {
            throw new DocumentNotFoundException(pageId);
        }
        access.require(
                policy.canContribute(user, library) || page.getOwnerId().equals(user.id()), user, "edit page", pageId);
        documents.lockById(pageId);
        int latest = versions.latestNumber(pageId).orElse(0);
        if (latest != basedOn) {
            throw new ChangedSinceOpenedException();
        }
        policy.checkStatusChange(user, library, page.getStatus(), details.status());
        page.describe(details);
        versions.save(version(pageId, latest + 1, body, changeNote, user.id()));
        audit.record(user.id(), "document.version.added", "document", pageId, "v" + (latest + 1));
        events.publishEvent(new DocumentUpdated(pageId, page.getLibraryId(), user.id()));
        return latest + 1;
    }

    /** The Markdown of one version of a page the person may read. */
    public String body(CurrentUser user, long pageId, int number) {
        Document page = documents
                .findById(pageId)
                .filter(d -> d.getKind() == Document.Kind.PAGE && !d.isTrashed())
                .orElseThrow(() -> new DocumentNotFoundException(pageId));
        LibraryAccess library;
        try {
            library = libraries.readableAccess(user, page.getLibraryId());
        } catch (LibraryNotFoundException e) {
            throw new DocumentNotFoundException(pageId);
        }
        if (!policy.canReadDocument(user, library, page.getClassification())) {
            throw new DocumentNotFoundException(pageId);
        }
        return versions.findVersion(pageId, number)
                .map(DocumentVersion::getBody)
                .orElseThrow(() -> new DocumentNotFoundException(pageId));
    }

    /** Safe HTML for Markdown (the page itself, or a preview while editing). */
    public String render(String body) {
        return markdown.toSafeHtml(body);
    }

    /** Line-by-line changes from one version of a page to another. */
    public List<TextDiff.DiffLine> diff(CurrentUser user, long pageId, int from, int to) {
        return TextDiff.lines(body(user, pageId, from), body(user, pageId, to));
    }

    private DocumentVersion version(long pageId, int number, String body, String note, long userId) {
        String text = markdown.toPlainText(body);
        return DocumentVersion.ofPage(pageId, number, body, text, preview(text), note, userId);
    }

    static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= PREVIEW_CHARACTERS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', PREVIEW_CHARACTERS);
        return flat.substring(0, cut > PREVIEW_CHARACTERS / 2 ? cut : PREVIEW_CHARACTERS) + "…";
    }
}
