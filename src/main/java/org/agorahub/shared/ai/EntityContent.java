package org.agorahub.shared.ai;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EnrichableContent} over one JPA entity with a {@code Long id}: the backfill's paging and count, for the rows
 * a condition keeps (not in the trash, not deleted, active). Subclasses read the text.
 */
public abstract class EntityContent implements EnrichableContent {

    protected final EntityManager entityManager;
    private final String kind;
    private final String entity;
    private final String kept;

    /**
     * @param entity the entity's name in JPQL, aliased {@code e}
     * @param kept the JPQL condition on {@code e} of the rows that are enriched
     */
    protected EntityContent(EntityManager entityManager, String kind, String entity, String kept) {
        this.entityManager = entityManager;
        this.kind = kind;
        this.entity = entity;
        this.kept = kept;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return entityManager
                .createQuery(
                        "select e.id from " + entity + " e where e.id > :after and " + kept + " order by e.id",
                        Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return entityManager
                .createQuery("select count(e) from " + entity + " e where " + kept, Long.class)
                .getSingleResult();
    }
}
