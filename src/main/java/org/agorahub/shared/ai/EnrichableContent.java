package org.agorahub.shared.ai;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by each module whose content is enriched (documents, threads, people), as a Spring bean. Read by
 * the enrichment module outside any request, after the change committed.
 */
public interface EnrichableContent {

    /** The kind of content, one of the {@code KIND_*} names of {@link Enrichments}. */
    String kind();

    /**
     * The text of the content as it is now, or empty when it is gone or should not be enriched (in the trash, a
     * draft nobody else can see yet, a deactivated person): enrichment then forgets what it held.
     */
    Optional<ContentText> text(long id);

    /** Up to {@code limit} ids greater than {@code afterId}, in ascending order: for the backfill. */
    List<Long> idsAfter(long afterId, int limit);

    /** How many there are, for the backfill's progress bar. */
    long count();
}
