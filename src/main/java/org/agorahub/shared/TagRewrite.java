package org.agorahub.shared;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tag changes across every item of one kind (documents, threads) for the curators' taxonomy screens: the items are
 * loaded and changed through their entities in batches, so their search entries follow when the transaction commits
 * and memory stays flat however many carry the tag.
 */
public final class TagRewrite {

    private static final int BATCH = 200;

    private TagRewrite() {}

    /** Every tag of the table ({@code tag} column) with how many rows carry it, by tag. One query. */
    public static Map<String, Long> usage(JdbcClient jdbc, String tagTable) {
        Map<String, Long> usage = new LinkedHashMap<>();
        jdbc.sql("select tag, count(*) as uses from " + tagTable + " group by tag order by tag")
                .query((rs, row) -> usage.put(rs.getString("tag"), rs.getLong("uses")))
                .list();
        return usage;
    }

    /**
     * Replaces {@code from} by {@code to} on every item carrying it, or removes it when {@code to} is null (an item
     * already carrying {@code to} keeps it once); {@code changed} is told of each item. Returns how many changed.
     *
     * @param tagTable the item's tag table, with columns {@code tag} and {@code idColumn}
     */
    public static <E> int replace(
            EntityManager entityManager,
            JdbcClient jdbc,
            String tagTable,
            String idColumn,
            Class<E> entity,
            Function<E, Set<String>> tags,
            String from,
            String to,
            Consumer<E> changed) {
        List<Long> ids = jdbc.sql("select " + idColumn + " from " + tagTable + " where tag = ? order by " + idColumn)
                .param(from)
                .query(Long.class)
                .list();
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<E> batch = entityManager
                    .createQuery("select e from " + entity.getSimpleName() + " e where e.id in :ids", entity)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + BATCH)))
                    .getResultList();
            for (E item : batch) {
                tags.apply(item).remove(from);
                if (to != null) {
                    tags.apply(item).add(to);
                }
                changed.accept(item);
            }
            entityManager.flush();
            plan.process();
            batch.forEach(entityManager::detach);
        }
        return ids.size();
    }
}
