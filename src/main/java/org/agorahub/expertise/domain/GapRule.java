package org.agorahub.expertise.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The skill-gap rule, in one place.
 *
 * <ul>
 *   <li><b>Target</b>: a person's target for a skill is the highest target level among the frameworks that apply to
 *       them (see {@link GapService}); its <b>importance</b> is likewise the highest importance among them.
 *   <li><b>Current level</b>: the level the person declared (0 when they did not), raised by one level (to at most
 *       4) when their evidence score for the skill is at least {@link #EVIDENCE_THRESHOLD}. An undeclared skill with
 *       that much evidence counts as level 1. Evidence never lowers a declared level.
 *   <li><b>Gap</b>: {@code max(0, target − current)}.
 *   <li><b>Order</b>: importance × gap, largest first; then the gap, largest first; then the skill's name.
 * </ul>
 *
 * <p>The threshold of 3.0 is about what three accepted answers or one verified document of one's own on the skill
 * earn: enough activity that a colleague would say the person does it, not just knows of it.
 */
public final class GapRule {

    /** The evidence score from which evidence counts for one level more than declared. */
    public static final double EVIDENCE_THRESHOLD = 3.0;

    /** Gaps most pressing first: importance × gap, then gap, then skill name (any case). */
    public static final Comparator<SkillGap> MOST_PRESSING_FIRST = Comparator.comparingInt(SkillGap::priority)
            .reversed()
            .thenComparing(Comparator.comparingInt(SkillGap::gap).reversed())
            .thenComparing(gap -> gap.skillName().toLowerCase(Locale.ROOT))
            .thenComparingLong(SkillGap::skillId);

    private GapRule() {}

    /** The person's current level on the scale 0 (not declared, no evidence) to 4. */
    public static int currentLevel(Integer declared, Double evidence) {
        boolean enoughEvidence = evidence != null && evidence >= EVIDENCE_THRESHOLD;
        if (declared == null || declared <= 0) {
            return enoughEvidence ? 1 : 0;
        }
        int level = Math.min(declared, 4);
        return enoughEvidence && level < 4 ? level + 1 : level;
    }

    /**
     * Every skill the requirements of ONE person ask for, with target, current level and gap (met skills included,
     * with gap 0), most pressing first.
     */
    public static List<SkillGap> assess(Collection<GapRequirement> requirementsOfOnePerson) {
        Map<Long, List<GapRequirement>> bySkill = new LinkedHashMap<>();
        for (GapRequirement requirement : requirementsOfOnePerson) {
            bySkill.computeIfAbsent(requirement.skillId(), id -> new ArrayList<>())
                    .add(requirement);
        }
        List<SkillGap> gaps = new ArrayList<>();
        for (List<GapRequirement> rows : bySkill.values()) {
            GapRequirement first = rows.get(0);
            int target = 0;
            int importance = 0;
            TreeSet<String> frameworks = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (GapRequirement row : rows) {
                target = Math.max(target, row.target());
                importance = Math.max(importance, row.importance());
                frameworks.add(row.frameworkName());
            }
            gaps.add(new SkillGap(
                    first.skillId(),
                    first.skillName(),
                    target,
                    currentLevel(first.declared(), first.evidence()),
                    importance,
                    List.copyOf(frameworks)));
        }
        gaps.sort(MOST_PRESSING_FIRST);
        return gaps;
    }

    /** Only the skills where ONE person falls short of the target, most pressing first. */
    public static List<SkillGap> gaps(Collection<GapRequirement> requirementsOfOnePerson) {
        return assess(requirementsOfOnePerson).stream()
                .filter(gap -> gap.gap() > 0)
                .toList();
    }
}
