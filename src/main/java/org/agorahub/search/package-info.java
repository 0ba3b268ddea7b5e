/**
 * Search: the query service over the search index (library documents, forum threads and people, with security
 * trimming in the query), the analysis configuration and keeping the index in step with the library (reindexing on
 * events, rebuilding an empty index). The forum keeps its threads' entries in step itself, the expertise module its
 * people's.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"enrichment", "library", "forum", "expertise", "people", "shared"})
package org.agorahub.search;

import org.springframework.modulith.ApplicationModule;
