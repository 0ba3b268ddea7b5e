/**
 * Insights: knowledge-management dashboards for department leads and admins (contributions, findability,
 * responsiveness, collaboration, currency, skills, mentoring) from daily aggregates kept in PostgreSQL, and the KM
 * leadership-practice self-assessment a lead sends to their department.
 */
@ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {
            "expertise",
            "forum",
            "library",
            "mentoring",
            "notifications",
            "people",
            "search",
            "shared"
        })
package org.agorahub.insights;

import org.springframework.modulith.ApplicationModule;
