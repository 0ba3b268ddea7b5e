/**
 * Curation: one admin area where curators and admins keep content trustworthy and the system healthy — the admin
 * home's queues, verification, featured content, taxonomy, users and departments, the audit log and bulk import.
 */
@ApplicationModule(
        displayName = "Curation",
        allowedDependencies = {"expertise", "forum", "library", "notifications", "people", "search", "shared"})
package org.agorahub.curation;

import org.springframework.modulith.ApplicationModule;
