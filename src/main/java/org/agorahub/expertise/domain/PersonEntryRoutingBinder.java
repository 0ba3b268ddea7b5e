package org.agorahub.expertise.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Deactivated people are not in the search index: deactivating one removes their entry, reactivating adds it. */
public class PersonEntryRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("active");
        context.bridge(PersonEntry.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<PersonEntry> {

        @Override
        public void route(DocumentRoutes routes, Object id, PersonEntry person, RoutingBridgeRouteContext context) {
            if (person.isActive()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, PersonEntry person, RoutingBridgeRouteContext context) {
            routes.addRoute(); // they may have been indexed while active
        }
    }
}
