package org.agorahub.enrichment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.springframework.stereotype.Component;

@Component
class EnrichmentFacade implements Enrichments {

    /** More characters than one passage of the model's word pieces ever holds. */
    static final int OPENING_CHARS = 4_000;

    private final AiModel model;
    private final AiSettings settings;
    private final EnrichmentStore store;

    EnrichmentFacade(AiModel model, AiSettings settings, EnrichmentStore store) {
        this.model = model;
        this.settings = settings;
        this.store = store;
    }

    @Override
    public boolean enabled(AiFeature feature) {
        return settings.on(feature) && model.embedder().isPresent();
    }

    @Override
    public Optional<float[]> embed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return model.embedder().flatMap(embedder -> {
            // only the first passage is embedded: cut and tokenise no more text than can fill it
            String start = text.length() > OPENING_CHARS ? text.substring(0, OPENING_CHARS) : text;
            List<String> sentences = Passages.sentences(Passages.clean(start));
            List<String> passages = Passages.pack(sentences, embedder.maxTokens() - 8, embedder::countTokens);
            return passages.isEmpty()
                    ? Optional.empty()
                    : Optional.of(embedder.embedAll(List.of(passages.get(0))).get(0));
        });
    }

    @Override
    public Optional<float[]> vectorOf(String kind, long id) {
        return store.vector(kind, id);
    }

    @Override
    public Map<Long, float[]> vectorsOf(String kind, Collection<Long> ids) {
        return store.vectors(kind, ids);
    }

    @Override
    public Optional<String> summaryOf(String kind, long id) {
        return summariesOf(kind, List.of(id)).values().stream().findFirst();
    }

    @Override
    public Map<Long, String> summariesOf(String kind, Collection<Long> ids) {
        return settings.on(AiFeature.SUMMARIES) ? store.summaries(kind, ids) : Map.of();
    }

    @Override
    public List<String> keyPhrases(String text, int limit) {
        return settings.on(AiFeature.SUGGESTED_TAGS) ? KeyPhrases.of(text, limit) : List.of();
    }
}
