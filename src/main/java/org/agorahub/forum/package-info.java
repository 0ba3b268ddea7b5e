/**
 * Forums and Q&A: boards with their visibility and moderators, threads (discussions and questions), replies with
 * edit history and soft deletion, votes, accepted answers with the times the response-time dashboards need, and the
 * forum's part of the access policy ({@code ForumPolicy}). Other modules use {@link org.agorahub.forum.ForumApi}
 * and the {@link org.agorahub.forum.ForumEvents}. Watchers of boards and threads, and people mentioned with
 * {@code @handle}, are notified through the notifications module.
 *
 * <p>Threads are indexed for search beside the library's documents ({@code ForumThread}, {@code ThreadSearchBinder})
 * and kept in step by the forum's own services ({@code ThreadIndexer}); the forum reads its own entries for "is your
 * question already answered?" ({@code RelatedThreads}), since it must not depend on the search module.
 */
@ApplicationModule(
        displayName = "Forums",
        allowedDependencies = {"library", "people", "notifications", "shared"})
package org.agorahub.forum;

import org.springframework.modulith.ApplicationModule;
