package org.agorahub.forum.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.agorahub.shared.ai.ContentText;
import org.agorahub.shared.ai.Enrichments;
import org.agorahub.shared.ai.EntityContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads as the on-premises AI reads them: title, tags and the posts ordinary readers see, as the search index
 * has them. Deleted threads are not enriched.
 */
@Component
class ThreadContent extends EntityContent {

    ThreadContent(EntityManager entityManager) {
        super(entityManager, Enrichments.KIND_THREAD, "ForumThread", "e.deletedAt is null");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentText> text(long id) {
        ForumThread thread = entityManager.find(ForumThread.class, id);
        if (thread == null || thread.isDeleted()) {
            return Optional.empty();
        }
        List<String> bodies = entityManager
                .createQuery(
                        "select p.body from Post p where p.threadId = :id and " + ThreadSearchBinder.READABLE_POST
                                + " order by p.createdAt, p.id",
                        String.class)
                .setParameter("id", id)
                .getResultList();
        return Optional.of(new ContentText(thread.getTitle(), ThreadSearchBinder.join(bodies), thread.getTags()));
    }
}
