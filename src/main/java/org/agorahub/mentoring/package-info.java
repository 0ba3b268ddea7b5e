/**
 * Mentoring: programmes run by organisers, mentors' offers and mentees' requests, matching rounds that pair them
 * optimally over the whole pool with the reasons for each pair, proposals both sides accept or decline, and the
 * mentorships that follow (goals, a check-in log only the pair sees, feedback at the end).
 */
@ApplicationModule(
        displayName = "Mentoring",
        allowedDependencies = {"expertise", "notifications", "people", "shared"})
package org.agorahub.mentoring;

import org.springframework.modulith.ApplicationModule;
