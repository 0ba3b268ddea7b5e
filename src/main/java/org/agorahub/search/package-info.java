/**
 * Search: the query service over the search index (with security trimming in the query), the analysis
 * configuration and keeping the index in step with the library (reindexing on events, rebuilding an empty index).
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"library", "people", "shared"})
package org.agorahub.search;

import org.springframework.modulith.ApplicationModule;
