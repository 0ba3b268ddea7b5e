package org.agorahub.search.domain;

import jakarta.persistence.EntityManagerFactory;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.shared.ai.Enrichments;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the benchmarks only: the application's own search service built again from a running application's beans
 * with other {@link MeaningSearchSettings}, so several blends of words and meaning are measured on one index in one
 * run. Each search runs in a read-only transaction, as the service's {@code @Transactional} would.
 */
public final class SearchVariants {

    private SearchVariants() {}

    /** A search as the application's, with these settings for the search by meaning. */
    public static Variant with(ApplicationContext context, MeaningSearchSettings settings) {
        SearchService service = new SearchService(
                SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class)),
                context.getBean(LibraryApi.class),
                context.getBean(ForumApi.class),
                context.getBean(SynonymService.class),
                context.getBean(SpellingSuggester.class),
                context.getBean(QueryLog.class),
                context.getBean(SearchIndexHealth.class),
                context.getBean(SearchIndexRebuild.class),
                context.getBean(Enrichments.class),
                settings,
                context.getEnvironment());
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        transaction.setReadOnly(true);
        return (user, request) -> transaction.execute(status -> service.search(user, request));
    }

    /** One search, as {@link SearchApi#search(CurrentUser, SearchRequest)}. */
    @FunctionalInterface
    public interface Variant {
        SearchResults search(CurrentUser user, SearchRequest request);
    }
}
