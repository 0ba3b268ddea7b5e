/**
 * Expertise: the skills taxonomy (curated skills with categories and aliases), the skills people declare with a
 * level, languages and topics they are happy to be asked about, endorsements by colleagues, evidence inferred from
 * what people actually did (documents, answers), the expert finder ("who knows about X?"), competency frameworks
 * with each person's skill gaps and recommendations, and knowledge at risk. Profiles themselves stay in the people
 * module, which shows this module's part of a profile through its profile sections.
 */
@ApplicationModule(
        displayName = "Expertise",
        allowedDependencies = {"forum", "library", "notifications", "people", "shared"})
package org.agorahub.expertise;

import org.springframework.modulith.ApplicationModule;
