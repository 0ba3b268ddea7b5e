package org.agorahub.library.domain;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.agorahub.shared.ai.ContentText;
import org.agorahub.shared.ai.Enrichments;
import org.agorahub.shared.ai.EntityContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents as the on-premises AI reads them: title, tags, and description followed by the text of the current
 * version (a file's extracted text, a page's Markdown). Documents in the trash are not enriched.
 */
@Component
class DocumentContent extends EntityContent {

    DocumentContent(EntityManager entityManager) {
        super(entityManager, Enrichments.KIND_DOCUMENT, "Document", "e.deletedAt is null");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentText> text(long id) {
        Document document = entityManager.find(Document.class, id);
        if (document == null || document.getDeletedAt() != null) {
            return Optional.empty();
        }
        String current = entityManager
                .createQuery(
                        "select coalesce(v.extractedText, v.body) from DocumentVersion v where v.documentId = :id"
                                + " order by v.number desc",
                        String.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse("");
        String description = document.getDescription() == null ? "" : document.getDescription() + "\n\n";
        return Optional.of(new ContentText(document.getTitle(), description + current, document.getTags()));
    }
}
