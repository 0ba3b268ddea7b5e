package org.agorahub.forum.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.agorahub.shared.ai.ContentText;
import org.agorahub.shared.ai.EnrichableContent;
import org.agorahub.shared.ai.Enrichments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads as the on-premises AI reads them: title, tags and the posts ordinary readers see, as the search index
 * has them. Deleted threads are not enriched.
 */
@Component
class ThreadContent implements EnrichableContent {

    private final EntityManager entityManager;

    ThreadContent(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String kind() {
        return Enrichments.KIND_THREAD;
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

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return entityManager
                .createQuery(
                        "select t.id from ForumThread t where t.id > :after and t.deletedAt is null order by t.id",
                        Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return entityManager
                .createQuery("select count(t) from ForumThread t where t.deletedAt is null", Long.class)
                .getSingleResult();
    }
}
