/**
 * Forums and Q&A: boards with their visibility and moderators, threads (discussions and questions), replies with
 * edit history and soft deletion, votes, accepted answers with the times the response-time dashboards need, and the
 * forum's part of the access policy ({@code ForumPolicy}). Other modules use {@link org.agorahub.forum.ForumApi}
 * and the {@link org.agorahub.forum.ForumEvents}. Watchers of boards and threads, and people mentioned with
 * {@code @handle}, are notified through the notifications module.
 */
@ApplicationModule(
        displayName = "Forums",
        allowedDependencies = {"library", "people", "notifications", "shared"})
package org.agorahub.forum;

import org.springframework.modulith.ApplicationModule;
