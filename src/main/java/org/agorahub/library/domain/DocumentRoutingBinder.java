package org.agorahub.library.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Documents in the trash are not in the search index: trashing removes them, restoring adds them back. */
public class DocumentRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("deletedAt");
        context.bridge(Document.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Document> {

        @Override
        public void route(DocumentRoutes routes, Object id, Document document, RoutingBridgeRouteContext context) {
            if (document.isTrashed()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, Document document, RoutingBridgeRouteContext context) {
            routes.addRoute(); // it may have been indexed before it was trashed
        }
    }
}
