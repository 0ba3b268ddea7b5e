package org.agorahub.expertise.domain;

import java.util.List;

/**
 * A person's development page: the frameworks that apply to them and their gaps, most pressing first, each with
 * recommendations.
 */
public record DevelopmentPlan(List<String> frameworks, List<DevelopmentItem> items) {

    public boolean frameworksApply() {
        return !frameworks.isEmpty();
    }
}
