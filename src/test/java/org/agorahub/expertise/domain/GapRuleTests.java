package org.agorahub.expertise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The skill-gap rule: current level from declared level and evidence, target across frameworks, and the order. */
class GapRuleTests {

    private static final long ME = 1;

    @Test
    void theCurrentLevelIsTheDeclaredLevelRaisedByOneWithStrongEvidence() {
        assertThat(GapRule.currentLevel(null, null)).isZero();
        assertThat(GapRule.currentLevel(2, null)).isEqualTo(2);
        assertThat(GapRule.currentLevel(2, GapRule.EVIDENCE_THRESHOLD - 0.1)).isEqualTo(2);
        assertThat(GapRule.currentLevel(2, GapRule.EVIDENCE_THRESHOLD)).isEqualTo(3);
        assertThat(GapRule.currentLevel(4, 50.0)).as("never beyond expert").isEqualTo(4);
        assertThat(GapRule.currentLevel(null, GapRule.EVIDENCE_THRESHOLD))
                .as("undeclared but evidenced")
                .isEqualTo(1);
        assertThat(GapRule.currentLevel(null, 1.0)).isZero();
    }

    @Test
    void theTargetIsTheHighestAmongTheFrameworksAndAMetTargetIsNoGap() {
        List<SkillGap> all = GapRule.assess(List.of(
                requirement(10, "Procurement", 1, "Finance", 2, 1, 2, null),
                requirement(10, "Procurement", 2, "Buyers", 4, 3, 2, null),
                requirement(11, "Python", 1, "Finance", 2, 2, 3, null)));

        SkillGap procurement =
                all.stream().filter(g -> g.skillId() == 10).findFirst().orElseThrow();
        assertThat(procurement.target()).isEqualTo(4);
        assertThat(procurement.importance()).isEqualTo(3);
        assertThat(procurement.current()).isEqualTo(2);
        assertThat(procurement.gap()).isEqualTo(2);
        assertThat(procurement.frameworks()).containsExactly("Buyers", "Finance");

        SkillGap python =
                all.stream().filter(g -> g.skillId() == 11).findFirst().orElseThrow();
        assertThat(python.gap()).as("above the target is no negative gap").isZero();
        assertThat(GapRule.gaps(all.stream().map(GapRuleTests::back).toList()))
                .extracting(SkillGap::skillName)
                .containsExactly("Procurement");
    }

    @Test
    void gapsAreOrderedByImportanceTimesGapThenGapThenName() {
        List<SkillGap> gaps = GapRule.gaps(List.of(
                // useful, 3 short: priority 3
                requirement(1, "Archiving", 1, "F", 3, 1, null, null),
                // essential, 1 short: priority 3, smaller gap
                requirement(2, "Budgeting", 1, "F", 2, 3, 1, null),
                // important, 2 short: priority 4
                requirement(3, "Contracts", 1, "F", 3, 2, 1, null),
                // important, 2 short: priority 4, same gap: by name
                requirement(4, "Audit", 1, "F", 2, 2, null, null),
                // evidence closes this gap: not listed
                requirement(5, "Drafting", 1, "F", 3, 3, 2, GapRule.EVIDENCE_THRESHOLD)));

        assertThat(gaps)
                .extracting(SkillGap::skillName)
                .containsExactly("Audit", "Contracts", "Archiving", "Budgeting");
    }

    private static GapRequirement requirement(
            long skill,
            String name,
            long framework,
            String frameworkName,
            int target,
            int importance,
            Integer declared,
            Double evidence) {
        return new GapRequirement(ME, skill, name, framework, frameworkName, target, importance, declared, evidence);
    }

    /** The gap as a single requirement again (target, importance and the current level as declared). */
    private static GapRequirement back(SkillGap gap) {
        return new GapRequirement(
                ME, gap.skillId(), gap.skillName(), 1, "F", gap.target(), gap.importance(), gap.current(), null);
    }
}
