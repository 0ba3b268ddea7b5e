/**
 * Document libraries: libraries and their members, documents and Markdown pages with versions, file storage in
 * PostgreSQL, review status, trash and the library's part of the access policy.
 */
@ApplicationModule(
        displayName = "Libraries",
        allowedDependencies = {"people", "shared"})
package org.agorahub.library;

import org.springframework.modulith.ApplicationModule;
