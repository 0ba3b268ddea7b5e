package org.agorahub.expertise.web;

import org.agorahub.expertise.domain.SkillCommand;
import org.agorahub.expertise.domain.SkillSummary;

/** The create / edit form of a skill; aliases comma-separated, as curators type them. */
record SkillForm(
        String name, String description, Long categoryId, String newCategory, String aliases, Boolean keepOldName) {

    static SkillForm blank() {
        return new SkillForm("", "", null, "", "", Boolean.TRUE);
    }

    static SkillForm of(SkillSummary skill) {
        return new SkillForm(
                skill.name(),
                skill.description() == null ? "" : skill.description(),
                skill.categoryId(),
                "",
                String.join(", ", skill.aliases()),
                Boolean.TRUE);
    }

    SkillCommand command() {
        return new SkillCommand(name, description, categoryId, newCategory, aliases, Boolean.TRUE.equals(keepOldName));
    }
}
