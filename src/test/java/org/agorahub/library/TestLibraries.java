package org.agorahub.library;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.library.domain.DocumentDetails;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibrarySettings;
import org.agorahub.library.domain.UploadedFile;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Visibility;
import org.springframework.stereotype.Component;

/** Libraries and documents for tests, created through the services as a person would. */
@Component
public class TestLibraries {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final LibraryService libraries;
    private final DocumentService documents;

    public TestLibraries(LibraryService libraries, DocumentService documents) {
        this.libraries = libraries;
        this.documents = documents;
    }

    public long library(PersonSummary manager, Visibility visibility, Long departmentId) {
        return libraries.create(
                user(manager),
                new LibrarySettings("Library " + SEQUENCE.incrementAndGet(), "For tests", departmentId, visibility));
    }

    public long textDocument(PersonSummary author, long libraryId, String title, String text, Classification c) {
        return documents.upload(
                user(author),
                libraryId,
                new UploadedFile(title.replace(' ', '-') + ".txt", text.getBytes(StandardCharsets.UTF_8)),
                new DocumentDetails(
                        title, null, List.of("testing"), null, author.id(), c, DocumentStatus.PUBLISHED, null));
    }

    /** A text document with the given tags and status (as its author may set it: not VERIFIED). */
    public long taggedDocument(
            PersonSummary author, long libraryId, String title, String text, Classification c, String... tags) {
        return documents.upload(
                user(author),
                libraryId,
                new UploadedFile(title.replace(' ', '-') + ".txt", text.getBytes(StandardCharsets.UTF_8)),
                new DocumentDetails(title, null, List.of(tags), null, author.id(), c, DocumentStatus.PUBLISHED, null));
    }

    /** A text document whose review is due on the given day (in the past: overdue). */
    public long documentForReview(PersonSummary author, long libraryId, String title, java.time.LocalDate reviewBy) {
        return documents.upload(
                user(author),
                libraryId,
                new UploadedFile(title.replace(' ', '-') + ".txt", ("About " + title).getBytes(StandardCharsets.UTF_8)),
                new DocumentDetails(
                        title,
                        null,
                        List.of("testing"),
                        null,
                        author.id(),
                        Classification.OFFICIAL,
                        DocumentStatus.PUBLISHED,
                        reviewBy));
    }

    /** A reader says the document is out of date. */
    public void reportOutdated(PersonSummary reader, long documentId, String reason) {
        documents.reportOutdated(user(reader), documentId, reason);
    }

    public static CurrentUser user(PersonSummary person) {
        return new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
    }
}
