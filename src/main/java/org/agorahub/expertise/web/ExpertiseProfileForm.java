package org.agorahub.expertise.web;

import org.agorahub.expertise.domain.ExpertiseProfileService.About;

/** Languages (comma-separated), topics (one per line) and job family, as typed. */
record ExpertiseProfileForm(String languages, String topics, String jobFamily) {

    static ExpertiseProfileForm of(About about) {
        return new ExpertiseProfileForm(
                String.join(", ", about.languages()),
                String.join("\n", about.topics()),
                about.jobFamily() == null ? "" : about.jobFamily());
    }
}
