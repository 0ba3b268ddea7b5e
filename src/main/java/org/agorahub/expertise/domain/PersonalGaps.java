package org.agorahub.expertise.domain;

import java.util.List;

/**
 * A person's skill gaps.
 *
 * @param frameworks names of the frameworks that apply to the person (empty: none does, so there are no targets)
 * @param gaps the skills where the person falls short, most pressing first
 */
public record PersonalGaps(List<String> frameworks, List<SkillGap> gaps) {

    public boolean frameworksApply() {
        return !frameworks.isEmpty();
    }
}
