package org.agorahub.mentoring.domain;

import java.util.Optional;
import org.agorahub.mentoring.matching.TextMeaning;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.springframework.stereotype.Component;

/** Goals and "can help with" texts by meaning, from the on-premises model, while "matching by meaning" is on. */
@Component
class MeaningOfTexts implements TextMeaning {

    private final Enrichments enrichments;

    MeaningOfTexts(Enrichments enrichments) {
        this.enrichments = enrichments;
    }

    @Override
    public Optional<float[]> vector(String text) {
        return enrichments.enabled(AiFeature.SMART_MATCHING) ? enrichments.embed(text) : Optional.empty();
    }
}
