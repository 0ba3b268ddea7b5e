package org.agorahub.shared.web;

import java.util.function.Supplier;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A search that fills a panel beside a page's own content (similar documents, suggested tags, a duplicate warning,
 * related threads): when the search engine does not answer (an OpenSearch cluster down), the page is shown without
 * the panel instead of failing, so reading and saving go on while search is away.
 */
public final class BesideThePage {

    private static final Logger log = LoggerFactory.getLogger(BesideThePage.class);

    private BesideThePage() {}

    public static <T> T orWithout(T without, Supplier<T> panel) {
        try {
            return panel.get();
        } catch (SearchException e) {
            log.warn("A page is shown without a panel: the search engine did not answer ({})", e.getMessage());
            return without;
        }
    }
}
