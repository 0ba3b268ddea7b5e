package org.agorahub.expertise.domain;

import java.util.List;
import org.agorahub.expertise.SkillRef;
import org.springframework.data.domain.Page;

/**
 * The expert finder's answer to "who knows about …?".
 *
 * @param query the text as typed, stripped
 * @param skill the skill it names (by name or alias), or null when it names none
 * @param suggestions skills close to the text, when it names none
 * @param experts the people ranked for the skill (empty without a skill)
 * @param closeInMeaning when the text names no skill, the people whose profiles are closest to it in meaning (empty
 *     while matching by meaning is off)
 */
public record ExpertSearch(
        String query,
        SkillRef skill,
        List<SkillRef> suggestions,
        Page<ExpertResult> experts,
        List<ExpertFacet> departments,
        List<ExpertFacet> languages,
        List<CloseProfile> closeInMeaning) {

    public ExpertSearch(
            String query,
            SkillRef skill,
            List<SkillRef> suggestions,
            Page<ExpertResult> experts,
            List<ExpertFacet> departments,
            List<ExpertFacet> languages) {
        this(query, skill, suggestions, experts, departments, languages, List.of());
    }

    public boolean asked() {
        return !query.isEmpty();
    }
}
