package org.agorahub.forum.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Deleted threads are not in the search index: deleting one removes it. */
public class ThreadRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("deletedAt");
        context.bridge(ForumThread.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<ForumThread> {

        @Override
        public void route(DocumentRoutes routes, Object id, ForumThread thread, RoutingBridgeRouteContext context) {
            if (thread.isDeleted()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, ForumThread thread, RoutingBridgeRouteContext context) {
            routes.addRoute(); // it was indexed before it was deleted
        }
    }
}
